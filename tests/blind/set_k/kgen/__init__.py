"""Generator of the blind test set set_k for docverify."""
