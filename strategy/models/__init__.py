"""The strategy's models. Runs and strategy pages first: the selectors read them, and the overview page reads
the selectors."""

from .overview import StrategyOverviewPage
from .pages import COUNCIL_PREVIEW_SLUG, StrategyPage
from .runs import SynthesisRun

__all__ = ["COUNCIL_PREVIEW_SLUG", "StrategyOverviewPage", "StrategyPage", "SynthesisRun"]
