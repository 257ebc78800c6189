"""The desktop wizard (PySide6). Everything that imports Qt lives in this package;
scoring and file formats stay in ``readiness_app.core``."""
