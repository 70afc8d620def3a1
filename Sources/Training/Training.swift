// Training: trainer, metrics, checkpoints.
