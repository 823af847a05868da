"""``docverify serve``: a local page where a helper drops a packet and gets the report."""
