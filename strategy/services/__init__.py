"""Writes and cached reads of the strategy app.

Only the figures are re-exported here: `strategy.models` imports them, and the synthesis service imports the
models, so it is imported as `strategy.services.synthesis`.
"""

from .figures import HOME_FIGURES_KEY, HOME_FIGURES_TIMEOUT, home_figures, home_figures_refresh

__all__ = ["HOME_FIGURES_KEY", "HOME_FIGURES_TIMEOUT", "home_figures", "home_figures_refresh"]
