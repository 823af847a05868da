"""Tests of issue #5: birth certificates, apostilles, translations, OCR language choice."""
