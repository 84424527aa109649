"""claims: rule-based extraction of numeric benchmark claims from ML paper text.

>>> from claims import extract
>>> claims = extract("UniRepLKNet reaches 88.0% ImageNet top-1 accuracy.")
>>> [(c.value, c.unit, c.metric) for c in claims]
[(88.0, '%', 'top-1 accuracy')]
"""

from claims.extract import extract, extract_paper
from claims.model import Claim, Paper

__all__ = ["Claim", "Paper", "extract", "extract_paper"]
