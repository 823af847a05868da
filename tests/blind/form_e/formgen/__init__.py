"""Blind test-set generator for the cerfa 15763*02 (S1106) application form."""
