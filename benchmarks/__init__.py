"""Benchmarks of readiness_app, each figure beside a floor measured in the same run.

Run ``python -m benchmarks`` (``--json FILE`` to keep the figures, ``--quick``
for fewer repetitions)."""
