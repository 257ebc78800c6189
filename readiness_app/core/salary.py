"""Salary bands by hiring market, read from ``assets/salary-bands.yaml``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from .datafile import load_model
from .errors import QuestionnaireError
from .rules import SENIORITIES, Seniority, Traced
from .text import LocalText


class Band(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)
    min: float = Field(ge=0)
    max: float = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Band:
        if self.min > self.max:
            raise ValueError(f"min ({self.min:g}) is greater than max ({self.max:g})")
        return self


class Market(Traced):
    id: Annotated[str, StringConstraints(min_length=1, max_length=16)]
    label: LocalText
    currency: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]
    figures: dict[Seniority, Band] | None = Field(
        default=None, description="Bands by seniority; null when no figure is known."
    )
    note: LocalText | None = None

    @model_validator(mode="after")
    def _complete(self) -> Market:
        if self.figures is not None:
            missing = [s for s in SENIORITIES if s not in self.figures]
            if missing:
                raise ValueError(f"figures needs a band for {', '.join(missing)}")
        return self


class SalaryBands(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)
    format_version: int = 1
    markets: list[Market] = Field(min_length=1)

    def market(self, market_id: str) -> Market | None:
        for market in self.markets:
            if market.id == market_id:
                return market
        return None


def load_salary_bands(path: Path, doc_ids: set[str], market_ids: list[str]) -> SalaryBands:
    bands, _, _ = load_model(path, SalaryBands, QuestionnaireError, "salary bands (YAML)", "'markets'")
    problems = []
    for m in bands.markets:
        if m.source is not None and m.source.document not in doc_ids:
            problems.append(f"market {m.id}: unknown document '{m.source.document}'")
    missing = [mid for mid in market_ids if bands.market(mid) is None]
    if missing:
        markets = "market" if len(missing) == 1 else "markets"
        problems.append(f"no entry for the {markets} {', '.join(missing)} offered by the questionnaire")
    if problems:
        raise QuestionnaireError(path, "; ".join(problems))
    return bands
