"""Tests of issue #4: utility bills, leases, attestations and the residence_proof rule."""
