"""readiness_app: should you hire an MLOps engineer, which profile, what budget."""

__version__ = "0.1.0"
