"""Generator package of blind set J (docverify)."""
