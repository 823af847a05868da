"""Image geometry and ink measurements: orientation, deskew, MRZ band, checkbox ink."""
