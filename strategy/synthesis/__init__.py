"""Pure-Python synthesis core: citizen proposals and votes in, traceable strategy themes out. No Django here."""

from .embedding import DirectoryCache, HashingEmbedder, MemoryCache, UniversalSentenceEncoder
from .pipeline import Params, synthesize
from .schema import CommentIn, FieldResult, Position, PreviousTheme, ProposalIn, SynthesisResult, Theme, VoteIn

__all__ = [
    "CommentIn",
    "DirectoryCache",
    "FieldResult",
    "HashingEmbedder",
    "MemoryCache",
    "Params",
    "Position",
    "PreviousTheme",
    "ProposalIn",
    "SynthesisResult",
    "Theme",
    "UniversalSentenceEncoder",
    "VoteIn",
    "synthesize",
]
