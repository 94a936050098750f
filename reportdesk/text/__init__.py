"""Text utilities: Chinese numerals, normalisation (and later tokenisation, similarity)."""
