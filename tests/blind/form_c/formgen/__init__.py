"""Generator of a blind test set of cerfa 15763*02 (S1106) application forms."""
