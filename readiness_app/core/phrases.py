"""Sentences the engine writes itself (the rest comes from the data files), per
language. English is complete; another language may leave a phrase out and
falls back to English (a test lists what French still lacks: nothing)."""

from __future__ import annotations

PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "yes": "yes",
        "no": "no",
        "not_answered": "not answered",
        "dont_know": "don't know",
        "none": "none",
        "and": " and ",
        "or": " or ",
        "signal_evidence": "{title}: {evidence}.",
        "unknown_number": "an unknown number of",
        "user_band_assumption": "The band is your own figure, not from the sources.",
        "user_band_source": "your answers (salary_band_min, salary_band_max)",
        "assumption_source": "assumption: edit {file}",
        "no_band": ("The sources publish no salary figure for {market}: set your own band in the questionnaire "
                    "(salary_band_min, salary_band_max) or in {file}."),
        "ceiling_gap": "Your ceiling of {ceiling} is {gap} below the lower end of the {seniority} band ({band}).",
        "plus_weeks": " (+{weeks} weeks)",
        "score_formula": ("Each of the five signals has a strength from 0 to 1, computed from the answers it names; "
                          "the score is the weighted sum of the strengths plus the context terms that apply, as a "
                          "share of the largest possible sum, from 0 to 100."),
        "rule_if": "If {condition}: {decision}.",
        "rule_otherwise": "Otherwise: {decision}.",
        # what would change
        "change_item": "{label}: {needed} (now {current})",
        "with_changes": "With {changes}, {effect}.",
        "effect_decision": "the decision becomes \u201c{value}\u201d",
        "effect_seniority": "the profile becomes {value}",
        "effect_band": "the budget band becomes {value}",
        # don't know
        "could_change": "{label}: the answer could change {what}.",
        "cannot_change": "{label}: not known, but no answer would change the recommendation.",
        "the_decision": "the decision ({options})",
        "the_seniority": "the seniority ({options})",
        "the_band": "the budget band",
        "all_known": "Every answer the decision depends on is known.",
        "verdict_text": "{label}. {detail}",
        "verdict_provisional": "Provisional",
        "verdict_firm": "Firm",
        "verdict_known": "Firm",
        "provisional": ("{count} answers are not known, and at least one could change the decision. "
                        "Verify them before deciding."),
        "provisional_one": "One answer is not known and could change the decision. Verify it before deciding.",
        "firm": "{count} answers are not known, but none of them could change the decision.",
        "firm_one": "One answer is not known, but it could not change the decision.",
        # the ceiling, the score and the business case, as traced sentences
        "ceiling_within": ("Your ceiling of {ceiling} is not below the lower end of the {seniority} band ({low}), so "
                           "an offer inside the band is within reach."),
        "ceiling_no_band": "Your ceiling of {ceiling} cannot be compared with a band until one is set for this market.",
        "figure_trace": "{title}: {formula}.",
        "assumption_refs": "Rests on {listed}: business-case assumptions, editable in {file}.",
        "assumption_value": "{name} = {value}",
        "status_in_place": "In place",
        "status_missing": "Missing",
        "status_unknown": "Not known",
        "status_not_answered": "Not answered",
        # thresholds
        "threshold": "{label}: {value}; \u201c{title}\u201d needs {op} {threshold} ({state}).",
        "met": "met",
        "not_met": "not met",
        "borderline": "borderline",
        "op_gt": "more than",
        "op_ge": "at least",
        "op_lt": "less than",
        "op_le": "at most",
        "op_eq": "exactly",
        "op_ne": "anything but",
        "signals_present_label": "Hiring signals present",
        # business case
        "bc_retraining": "Manual retraining",
        "bc_retraining_formula": "{hours} hours a month of retraining ÷ {h} working hours in a month",
        "bc_infrastructure": "Infrastructure work by ML practitioners",
        "bc_infrastructure_formula": "{people} data scientists and ML engineers × {share}% of their time",
        "bc_incidents": "Degradation incidents",
        "bc_incidents_formula": ("{n} incidents a year × {engineers} engineers × {hours} hours each ÷ 12 months "
                                 "÷ {h} working hours in a month"),
        "bc_incident_formula": ("1 incident a year × {engineers} engineers × {hours} hours each ÷ 12 months "
                                "÷ {h} working hours in a month"),
        "bc_fte_only": ("The status quo costs about {fte} full-time equivalents of engineer time. Give the yearly "
                        "cost of one data scientist or ML engineer to put it in money."),
        "bc_no_band": ("The status quo costs about {fte} full-time equivalents, {cost} a year; without a salary band "
                       "for this market it cannot be compared with the cost of the hire."),
        "bc_compare": ("The status quo costs about {fte} full-time equivalents, {cost} a year, against {band} for a "
                       "{seniority} MLOps engineer: {verdict}."),
        "bc_not_counted": "{figure}: not counted, because \u201c{answer}\u201d is not known.",
        "bc_pays": "the hire pays for itself in engineer time alone",
        "bc_partly": ("the hire covers part of its cost in engineer time; reliability and risk make the rest of the "
                      "case"),
        "bc_not": ("the hire does not pay for itself in engineer time alone; the case rests on reliability, risk "
                   "and speed"),
        # progress between visits
        "cmp_score": "Score: {before} → {after} ({delta})",
        "cmp_decision": "Decision: {before} → {after}",
        "cmp_decision_same": "Decision unchanged: {decision}",
        "cmp_appeared": "Signals that appeared: {signals}",
        "cmp_disappeared": "Signals that disappeared: {signals}",
        "cmp_seniority": "Seniority: {before} → {after}",
        "cmp_band": "Budget band: {before} → {after}",
    },
    "fr": {
        "yes": "oui",
        "no": "non",
        "not_answered": "sans réponse",
        "dont_know": "ne sait pas",
        "none": "aucun",
        "and": " et ",
        "or": " ou ",
        "signal_evidence": "{title} : {evidence}.",
        "unknown_number": "(nombre inconnu)",
        "user_band_assumption": "La fourchette est votre propre chiffre, elle ne vient pas des sources.",
        "user_band_source": "vos réponses (salary_band_min, salary_band_max)",
        "assumption_source": "hypothèse : modifiez {file}",
        "no_band": ("Les sources ne publient aucun chiffre de salaire pour ce marché ({market}) : indiquez votre "
                    "propre fourchette dans le questionnaire (salary_band_min, salary_band_max) ou dans {file}."),
        "ceiling_gap": ("Votre plafond de {ceiling} est inférieur de {gap} au bas de la fourchette {seniority} "
                        "({band})."),
        "plus_weeks": " (+{weeks} semaines)",
        "score_formula": ("Chacun des cinq signaux a une intensité de 0 à 1, calculée à partir des réponses qu'il "
                          "cite ; le score est la somme pondérée des intensités, plus les termes de contexte qui "
                          "s'appliquent, rapportée à la somme maximale possible, de 0 à 100."),
        "rule_if": "Si {condition} : {decision}.",
        "rule_otherwise": "Sinon : {decision}.",
        "change_item": "{label} : {needed} (actuellement {current})",
        "with_changes": "Avec {changes}, {effect}.",
        "effect_decision": "la décision devient « {value} »",
        "effect_seniority": "le profil devient {value}",
        "effect_band": "la fourchette budgétaire devient {value}",
        "could_change": "{label} : la réponse pourrait changer {what}.",
        "cannot_change": "{label} : inconnu, mais aucune réponse ne changerait la recommandation.",
        "the_decision": "la décision ({options})",
        "the_seniority": "le niveau d'expérience ({options})",
        "the_band": "la fourchette budgétaire",
        "all_known": "Toutes les réponses dont dépend la décision sont connues.",
        "verdict_text": "{label}. {detail}",
        "verdict_provisional": "Provisoire",
        "verdict_firm": "Ferme",
        "verdict_known": "Ferme",
        "provisional": ("{count} réponses sont inconnues, dont au moins une pourrait changer la "
                        "décision. Vérifiez-les avant de décider."),
        "provisional_one": ("Une réponse est inconnue et pourrait changer la décision. Vérifiez-la "
                            "avant de décider."),
        "firm": "{count} réponses sont inconnues, mais aucune ne pourrait changer la décision.",
        "firm_one": "Une réponse est inconnue, mais elle ne pourrait pas changer la décision.",
        "ceiling_within": ("Votre plafond de {ceiling} n'est pas inférieur au bas de la fourchette {seniority} "
                           "({low}) : une offre dans la fourchette est donc à votre portée."),
        "ceiling_no_band": ("Votre plafond de {ceiling} ne pourra être comparé à une fourchette qu'une fois celle-ci "
                            "fixée pour ce marché."),
        "figure_trace": "{title} : {formula}.",
        "assumption_refs": "Repose sur {listed} : hypothèses de l'enjeu économique, modifiables dans {file}.",
        "assumption_value": "{name} = {value}",
        "status_in_place": "En place",
        "status_missing": "Manquant",
        "status_unknown": "Inconnu",
        "status_not_answered": "Sans réponse",
        "threshold": "{label} : {value} ; « {title} » demande {op} {threshold} ({state}).",
        "met": "atteint",
        "not_met": "non atteint",
        "borderline": "à la limite",
        "op_gt": "plus de",
        "op_ge": "au moins",
        "op_lt": "moins de",
        "op_le": "au plus",
        "op_eq": "exactement",
        "op_ne": "autre chose que",
        "signals_present_label": "Signaux de recrutement présents",
        "bc_retraining": "Réentraînement manuel",
        "bc_retraining_formula": "{hours} heures de réentraînement par mois ÷ {h} heures de travail par mois",
        "bc_infrastructure": "Travail d'infrastructure des praticiens ML",
        "bc_infrastructure_formula": "{people} data scientists et ingénieurs ML × {share} % de leur temps",
        "bc_incidents": "Incidents de dégradation",
        "bc_incidents_formula": ("{n} incidents par an × {engineers} ingénieurs × {hours} heures chacun ÷ 12 mois "
                                 "÷ {h} heures de travail par mois"),
        "bc_incident_formula": ("1 incident par an × {engineers} ingénieurs × {hours} heures chacun ÷ 12 mois "
                                "÷ {h} heures de travail par mois"),
        "bc_fte_only": ("La situation actuelle coûte environ {fte} équivalents temps plein d'ingénieurs. Indiquez "
                        "le coût annuel d'un data scientist ou ingénieur ML pour le traduire en argent."),
        "bc_no_band": ("La situation actuelle coûte environ {fte} équivalents temps plein, soit {cost} par an ; "
                       "sans fourchette salariale pour ce marché, on ne peut pas la comparer au coût du recrutement."),
        "bc_compare": ("La situation actuelle coûte environ {fte} équivalents temps plein, soit {cost} par an, face "
                       "à {band} pour un ingénieur MLOps {seniority} : {verdict}."),
        "bc_not_counted": "{figure} : non compté, car « {answer} » est inconnu.",
        "bc_pays": "le recrutement se rembourse par le seul temps d'ingénieur gagné",
        "bc_partly": ("le temps d'ingénieur gagné couvre une partie du coût ; la fiabilité et la maîtrise des "
                      "risques justifient le reste"),
        "bc_not": ("le temps d'ingénieur gagné ne suffit pas à rembourser le recrutement ; la décision repose sur "
                   "la fiabilité, les risques et la vitesse"),
        "cmp_score": "Score : {before} → {after} ({delta})",
        "cmp_decision": "Décision : {before} → {after}",
        "cmp_decision_same": "Décision inchangée : {decision}",
        "cmp_appeared": "Signaux apparus : {signals}",
        "cmp_disappeared": "Signaux disparus : {signals}",
        "cmp_seniority": "Niveau : {before} → {after}",
        "cmp_band": "Fourchette budgétaire : {before} → {after}",
    },
}


def phrase(key: str, lang: str = "en", **values: object) -> str:
    """The phrase in ``lang`` (English when missing), with ``{name}`` fields filled."""
    table = PHRASES.get(lang) or PHRASES.get(lang.split("-")[0]) or {}
    text = table.get(key) or PHRASES["en"][key]
    return text.format(**values) if values else text


def missing(lang: str) -> list[str]:
    """Phrases a language still lacks."""
    table = PHRASES.get(lang, {})
    return [key for key in PHRASES["en"] if key not in table]
