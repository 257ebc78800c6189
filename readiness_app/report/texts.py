"""Every sentence, heading and label the report writes itself, per language.

The texts that come from the engine and the data files are already in the
result's language; these are the report's own. English is complete; a French
entry that is missing falls back to the English one. Templates take their
values by name; the values are escaped by the caller, the markup in a template
is the report's own. French uses a no-break space before ``: ; ? !`` and
inside guillemets."""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from ..core.text import lower_first

EN: dict[str, str] = {
    # -- the document, its pages and its progress messages
    "report_title": "MLOps hiring readiness report",
    "title_short": "MLOps hiring readiness",
    "keyword_hiring": "hiring",
    "keyword_readiness": "readiness",
    "page_of": "Page {n} of",
    "and": " and ",
    "or": " or ",
    "list_sep": ", ",
    "semicolon": "; ",
    "colon": ": ",
    "quoted": "\u201c{text}\u201d",
    "progress_prepare": "Preparing the report",
    "progress_signals": "Writing the signals and the profile",
    "progress_budget": "Writing the budget and the hiring plan",
    "progress_workshop": "Writing the workshop and the progress since the last visit",
    "progress_appendix": "Writing the appendix",
    "progress_layout": "Laying out the pages",
    "progress_save": "Saving the file",
    "progress_ready": "Report ready",
    "progress_saved": "Report saved",
    "cover_about": ("This report is computed from the answers given in the questionnaire and from two published "
                    "sources: {sources}. Every recommendation carries a small number that leads, in the appendix, "
                    "to the answers and the passage behind it; figures the sources do not publish are marked as "
                    "assumptions."),
    "cover_source": "{publisher}, <i>{title}</i>",
    # -- the cover
    "cover_question": ("Should we hire an MLOps engineer now, which profile should we look for, and what budget "
                       "should we plan?"),
    "cover_date": "Date",
    "cover_market": "Hiring market",
    "cover_questionnaire": "Questionnaire",
    "cover_questionnaire_value": "{title}, version {version} ({id})",
    "cover_rules": "Rules",
    "cover_rules_value": "{id}, version {version}",
    "cover_prepared_for": "Prepared for",
    "cover_prepared_by": "Prepared by",
    "cover_respondents": "Respondents",
    "cover_visits": "Previous visits",
    "person_role": "{name} ({role})",
    # -- the executive summary
    "summary_kicker": "EXECUTIVE SUMMARY",
    "summary_title": "Executive summary",
    "recommendation_kicker": "RECOMMENDATION",
    "provisional_badge": "PROVISIONAL",
    "decision_note_hire": "The evidence supports opening the search now.",
    "decision_note_secure_mandate_first": "The need is there; settle the mandate before the search opens.",
    "decision_note_not_yet": "The evidence does not call for the role yet.",
    "decision_note_provisional": "A \u201cdon't know\u201d answer could change this decision: verify it before deciding.",
    "readiness_score": "Readiness score",
    "signals_present_one": "{n} of {total} hiring signals present",
    "signals_present_other": "{n} of {total} hiring signals present",
    "verify_notice_title": "To verify before deciding:",
    "verify_notice_body": ("<b>{names}</b>. Answered \u201cdon't know\u201d, and the answer could change {what} "
                           "(see section 5)."),
    "effect_name_decision": "the decision",
    "effect_name_seniority": "the seniority",
    "effect_name_band": "the budget band",
    "why": "Why",
    "further_reasons_one": "{n} further reason in section 1, Hiring signals.",
    "further_reasons_other": "{n} further reasons in section 1, Hiring signals.",
    "what_would_change": "What would change the recommendation",
    "next_steps": "Next steps",
    "fact_profile": "Profile",
    "profile_role": "{level} MLOps engineer",
    "fact_budget": "Yearly budget",
    "fact_budget_value": "<b>{band}</b> gross base",
    "fact_budget_detail": "{market}, {level} band; {origin}: {source}",
    "origin_user": "your own figure",
    "origin_published": "published figure",
    "origin_assumption": "assumption",
    "fact_no_figure": "No published figure for {market}",
    "fact_no_figure_detail": "The sources give no salary band for this market; set your own (see section 3).",
    "fact_gap": "Budget gap",
    "fact_gap_value": "{amount} below the band",
    "fact_time": "Time to hire",
    "fact_time_value": "<b>{min} to {max} weeks</b> to a signed offer",
    "fact_mandate": "Platform mandate",
    "fact_mandate_missing": "Missing: {names}",
    "fact_mandate_missing_detail": "Senior candidates tend to decline a role without it; see section 4.",
    "fact_mandate_in_place": "<b>{n} of {total} in place</b>",
    "fact_mandate_unanswered": " ({n} not answered)",
    "fact_business": "Business case",
    "fact_business_value": "<b>About {fte} full-time equivalents</b> of engineer time lost today",
    "fact_business_figure": "{title} {fte}",
    "fact_business_detail": "{figures} FTE; assumptions and formulas in section 5.",
    "fact_workshop": "Workshop",
    "fact_workshop_value_one": "<b>{n} disputed answer</b> among {people} respondents",
    "fact_workshop_value_other": "<b>{n} disputed answers</b> among {people} respondents",
    "fact_workshop_none": "<b>No disputed answer</b> among {people} respondents",
    "fact_workshop_moved": "{questions}: the respondents' answers lead to different decisions.",
    "fact_workshop_open_one": "{n} still to settle, counted as \u201cdon't know\u201d.",
    "fact_workshop_open_other": "{n} still to settle, counted as \u201cdon't know\u201d.",
    "fact_workshop_settled": "All settled by the group.",
    "fact_workshop_see": "See section 6.",
    "fact_since": "Since last visit",
    "fact_since_decision": "<b>Decision: {before} \u2192 {after}</b>",
    "fact_since_same": "<b>Decision unchanged</b>",
    "fact_since_score": "score {before} \u2192 {after} ({delta})",
    "fact_since_score_same": "score unchanged ({score})",
    "fact_since_detail": "Compared with the previous visit ({visit}); see section {section}.",
    # -- reference topics (the appendix lists them)
    "topic_decision": "Decision",
    "topic_reason": "Reason",
    "topic_signal": "Signal: {title}",
    "topic_mandate": "Mandate: {title}",
    "topic_advice": "Process advice",
    "topic_seniority": "Seniority",
    "topic_background": "Background",
    "topic_band": "Budget band",
    "topic_ceiling": "Budget ceiling",
    "topic_ceiling_advice": "Ceiling advice",
    "topic_time": "Time to hire",
    "topic_focus": "Focus area: {title}",
    "topic_tooling": "Tooling",
    "topic_must_have": "Must-have",
    "topic_interview": "Interview check",
    "topic_soft_skill": "Soft skill",
    "topic_total_comp": "Total compensation",
    "topic_business": "Business case: {title}",
    "topic_business_money": "Business case: in money",
    "ceiling_trace": "Budget ceiling compared with the band.",
    # -- 1 hiring signals
    "s1_title": "1  Hiring signals",
    "s1_intro_one": ("The role guide names five signals that tell a company it is time to hire an MLOps engineer. "
                     "<b>{n} of the {total}</b> is present in your answers. Strength runs from 0 (no trace of the "
                     "problem) to 1 (the problem at full scale)."),
    "s1_intro_other": ("The role guide names five signals that tell a company it is time to hire an MLOps engineer. "
                       "<b>{n} of the {total}</b> are present in your answers. Strength runs from 0 (no trace of the "
                       "problem) to 1 (the problem at full scale)."),
    "head_signal": "Signal",
    "head_present": "Present, strength",
    "head_evidence": "Evidence from your answers",
    "yes": "Yes",
    "no": "No",
    "gaps_title": "Where the gaps are",
    "head_area": "Area",
    "head_gap": "Gap",
    "radar_note": ("Each axis is the size of the gap in one area, from 0 (no gap) at the centre to 1 (large gap) on "
                   "the outer ring, computed from your answers. How each area is scored is set out in the "
                   "Methodology of the appendix."),
    # -- 2 profile
    "s2_title": "2  The profile to look for",
    "why_level": "<b>Why this level.</b>",
    "background": "<b>Background.</b>",
    "focus_title": "Focus areas, and what to validate in interviews",
    "head_focus": "Focus area and why",
    "head_validate": "What to validate in the interview",
    "no_check": "No specific check.",
    "tooling_title": "Tooling relevant to your gaps",
    "tooling_note": "Ask how the candidate ran these in production, not whether they know the names.",
    "must_haves": "Must-haves",
    "every_interview": "In every interview",
    "soft_skills": "Soft skills",
    "status_unanswered": "Not answered",
    "status_in_place": "In place",
    "status_missing": "Missing",
    # -- 3 budget
    "s3_title": "3  Budget",
    "no_band_lead": "No salary band can be given for {market} yet.",
    "head_seniority": "Seniority",
    "head_yearly": "Yearly gross base, {market}",
    "band_not_set": "not set",
    "band_no_figure": "no figure",
    "band_recommended": "Recommended",
    "band_your_figure": " (your figure)",
    "band_source": "Source of every figure in this table: {source}.",
    "own_figure_title": "Your own figure.",
    "own_figure_body": "The band is the one you entered; the sources publish no salary figure for this market.",
    "assumption_title": "Assumption.",
    "no_published_title": "No published figure for {market}.",
    "no_published_body": ("The sources publish no salary figure for this market, so this report shows no band "
                          "rather than an invented one."),
    "market_note": "<b>Market note.</b>",
    "total_comp": "Total compensation",
    "ceiling_title": "Your budget ceiling",
    "gap_title": "Budget gap.",
    "gap_what_to_do": "What you can do about it:",
    "ceiling_within": ("Your ceiling of {ceiling} is not below the lower end of the {level} band ({low}), so an "
                       "offer inside the band is within reach."),
    "ceiling_no_band": "Your ceiling of {ceiling} cannot be compared with a band until one is set for this market.",
    # -- 4 hiring plan
    "s4_title": "4  Hiring plan",
    "weeks_range": "{min} to {max} weeks",
    "stretch_title": "What can stretch it",
    "mandate_title": "Platform mandate checklist",
    "mandate_all_in_place": ("<b>All {n} in place</b>: {names}. Make them part of the pitch: senior candidates often "
                             "decline a role that comes without an executive mandate, a budget or clear ownership "
                             "boundaries."),
    "head_mandate_item": "Mandate item",
    "head_status": "Status",
    "head_todo": "What to do",
    "mandate_nothing_to_do": "Nothing to do; make it part of the pitch to candidates.",
    "mandate_intro": ("Senior candidates often decline a role that comes without an executive mandate, a budget or "
                      "clear ownership boundaries."),
    "process_title": "How to run the process",
    # -- 5 business case and what would change
    "s5_title_case": "5  The business case and what would change",
    "s5_title": "5  What would change",
    "assumption_line": "{key} = {value}: {text}.",
    "figure_trace": "{title}: {formula}.",
    "assumption_refs": "{listed}, set out under the business-case table in section 5.",
    "change_item": "<b>{label}: {needed}</b> (now {current})",
    "change_with": "With {changes}, {effects}.",
    "change_group": "With any one of <b>{listed}</b> answered <b>{needed}</b> (now {current}), {effects}.",
    "effect_decision": 'the decision becomes <font color="{colour}"><b>\u201c{becomes}\u201d</b></font>',
    "effect_seniority": "the profile becomes {becomes}",
    "effect_band": "the budget band becomes {becomes}",
    "bc_intro": "What the status quo costs in engineer time, from your answers.",
    "bc_aim": " The aim the sources set for the role: <i>\u201c{aim}\u201d</i>{by}",
    "head_time_goes": "Where engineer time goes today",
    "head_hours": "Hours a month",
    "head_fte": "FTE",
    "head_how": "How it is computed",
    "assumption_label_one": "Assumption:",
    "assumption_label_other": "Assumptions:",
    "total": "Total",
    "total_note": "full-time equivalents of engineer time, every month",
    "assumptions_title": "Assumptions.",
    "assumptions_body": "The sources publish none of these figures; they are editable in {file}.",
    "in_money": "In money.",
    "how_sure": "How sure the recommendation is",
    "known_share_one": "{n} of the {total} answers the decision depends on is known",
    "known_share_other": "{n} of the {total} answers the decision depends on are known",
    "provisional_label": "PROVISIONAL.",
    "provisional_prefix": "provisional",
    "verify_title": "To verify before deciding",
    "changes_intro": ("The smallest changes to your answers (one answer, then two) that move the decision, the "
                      "seniority or the budget band, found by scoring the changed answers again. Decision changes "
                      "come first."),
    "head_if": "If this answer were",
    "head_now": "Now",
    "head_then": "Then",
    "thresholds_title": "How close the answers are to the thresholds",
    "thresholds_intro": ("Your answer next to each threshold of the rules behind the recommendation; a "
                         "<b>borderline</b> answer sits so close that a small change would flip the rule."),
    "head_answer": "Answer",
    "head_yours": "Yours",
    "head_rule": "Rule: its threshold",
    "met": "met",
    "not_met": "not met",
    "met_cap": "Met",
    "not_met_cap": "Not met",
    "borderline": "Borderline",
    # -- 6 the workshop
    "s6_title": "6  Workshop: where the respondents disagreed",
    "ws_people": "{n} people answered the questionnaire separately: {people}.",
    "ws_disputed_one": ("They differed on {n} question. Each respondent's answer was scored in place of the "
                        "agreed one, the other answers unchanged; a question whose answer moves the decision comes "
                        "first. The recommendation uses the answer the group settled."),
    "ws_disputed_other": ("They differed on {n} questions. Each respondent's answer was scored in place of the "
                          "agreed one, the other answers unchanged; the questions whose answer moves the decision "
                          "come first. The recommendation uses the answers the group settled."),
    "ws_none": "They gave the same answer to every question: nothing was disputed.",
    "ws_head_question": "Disputed question",
    "ws_head_answers": "Each respondent's answer",
    "ws_head_agreed": "Agreed answer and note",
    "ws_moves_decision": "Moves the decision",
    "ws_moves_seniority": "Moves the seniority",
    "ws_score_spread": "Score {low} to {high}",
    "ws_gives": "\u2192 {decision}",
    "ws_settled_on": "Settled on {date}.",
    "ws_unsettled": "Don't know / to settle",
    "ws_unsettled_note": "Counts as \u201cdon't know\u201d until the group settles it.",
    "ws_agreed_known": "Taken from the respondents who knew; not settled by the group.",
    "ws_legend_bold": "In bold, the answers that match the agreed one.",
    "ws_legend": ("Shaded rows: the answer moves the decision; under each answer, the decision it would give on "
                  "its own."),
    "disputed_mark": "disputed, see section 6",
    # -- 7 since the last assessment
    "s7_title": "{n}  Since the last assessment",
    "since_intro": "Compared with the previous visit ({visit}), whose agreed answers and result this file keeps.",
    "since_visit": "{label}, {date}",
    "since_head_before": "Previous visit",
    "since_head_now": "Now",
    "since_head_change": "Change",
    "since_decision": "Decision",
    "since_score": "Readiness score",
    "since_signals": "Hiring signals present",
    "since_profile": "Profile",
    "since_band": "Budget band",
    "since_changed": "Changed",
    "since_unchanged": "No change",
    "since_points_one": "{delta} point",
    "since_points_other": "{delta} points",
    "since_count": "{n} of {total}",
    "since_appeared": "Appeared: {signals}",
    "since_disappeared": "Disappeared: {signals}",
    "since_visits": "Visits kept in this file: {visits}.",
    # -- appendix
    "appendix": "Appendix",
    "sources_note": ("<b>Sources.</b> {docs}. A lists your answers, under the short name of each question, and B how "
                     "they were scored. Each number in the report points to C: the answers behind the sentence or "
                     "figure, and the passage of the source (cited by the short names above) or the assumption it "
                     "rests on."),
    "source_doc": "<b>{publisher} {year}</b>: {publisher}, <i>{title}</i>",
    "a_title": "A  Your answers",
    "not_asked": "not asked (does not apply)",
    "not_asked_short": "not asked",
    "other_notes": "Other notes",
    "notes": "Notes",
    "b_title": "B  Methodology",
    "head_term": "Score term",
    "head_weight": "Weight",
    "head_strength": "Strength",
    "head_points": "Points",
    "method_signals": "<b>Signals.</b> Each counts as present when its threshold, printed under its name in section 1, "
                      "is met.",
    "method_decision": "<b>How the decision is made</b> (the first rule that holds wins).",
    "method_files": ("Thresholds, weights and texts live in {rules}; the salary bands in {bands}. Both files can be "
                     "edited; a figure that is an assumption rather than a published number is marked as such in "
                     "the references below."),
    "c_title": "C  References",
    "ref_score_answers": ("Answers: those behind each signal (references {numbers}) and the context terms of the "
                          "Methodology."),
    "ref_always": "Always applies.",
    "ref_answers": "Answers: {shown}.",
    "ref_answers_of_one": "the answers of reference {numbers}",
    "ref_answers_of_other": "the answers of references {numbers}",
    "ref_quoted_in": "{name}, the passage quoted in {n}.",
    "ref_assumption": "Assumption:",
    "the_sources": "The sources",
}

FR: dict[str, str] = {
    "report_title": "Rapport de préparation au recrutement MLOps",
    "title_short": "Préparation au recrutement MLOps",
    "keyword_hiring": "recrutement",
    "keyword_readiness": "préparation",
    "page_of": "Page {n} sur",
    "and": " et ",
    "or": " ou ",
    "list_sep": ", ",
    "semicolon": "\u00a0; ",
    "colon": "\u00a0: ",
    "quoted": "«\u00a0{text}\u00a0»",
    "progress_prepare": "Préparation du rapport",
    "progress_signals": "Rédaction des signaux et du profil",
    "progress_budget": "Rédaction du budget et du plan de recrutement",
    "progress_workshop": "Rédaction de l'atelier et de l'évolution depuis la dernière visite",
    "progress_appendix": "Rédaction de l'annexe",
    "progress_layout": "Mise en page",
    "progress_save": "Enregistrement du fichier",
    "progress_ready": "Rapport prêt",
    "progress_saved": "Rapport enregistré",
    "cover_about": ("Ce rapport est calculé à partir des réponses au questionnaire et de deux sources "
                    "publiées\u00a0: {sources}. Chaque recommandation porte un petit numéro qui renvoie, en annexe, "
                    "aux réponses et au passage qui la fondent\u00a0; les chiffres que les sources ne publient pas "
                    "sont signalés comme des hypothèses."),
    "cover_source": "{publisher}, <i>{title}</i>",
    "cover_question": ("Faut-il recruter un ingénieur MLOps dès maintenant, quel profil rechercher et quel budget "
                       "prévoir\u00a0?"),
    "cover_date": "Date",
    "cover_market": "Marché de recrutement",
    "cover_questionnaire": "Questionnaire",
    "cover_questionnaire_value": "{title}, version {version} ({id})",
    "cover_rules": "Règles",
    "cover_rules_value": "{id}, version {version}",
    "cover_prepared_for": "Préparé pour",
    "cover_prepared_by": "Préparé par",
    "cover_respondents": "Répondants",
    "cover_visits": "Visites précédentes",
    "person_role": "{name} ({role})",
    "summary_kicker": "SYNTHÈSE",
    "summary_title": "Synthèse",
    "recommendation_kicker": "RECOMMANDATION",
    "provisional_badge": "PROVISOIRE",
    "decision_note_hire": "Les éléments recueillis justifient de lancer le recrutement dès maintenant.",
    "decision_note_secure_mandate_first": ("Le besoin est réel\u00a0; obtenez le mandat avant de lancer le "
                                           "recrutement."),
    "decision_note_not_yet": "Les éléments recueillis ne justifient pas encore ce poste.",
    "decision_note_provisional": ("Une réponse «\u00a0ne sait pas\u00a0» pourrait changer cette "
                                  "décision\u00a0: vérifiez-la avant de décider."),
    "readiness_score": "Score de préparation",
    "signals_present_one": "{n} signal sur {total} présent",
    "signals_present_other": "{n} signaux sur {total} présents",
    "verify_notice_title": "À vérifier avant de décider\u00a0:",
    "verify_notice_body": ("<b>{names}</b>. Réponse «\u00a0ne sait pas\u00a0», alors qu'elle pourrait changer "
                           "{what} (voir la section 5)."),
    "effect_name_decision": "la décision",
    "effect_name_seniority": "le niveau",
    "effect_name_band": "la fourchette budgétaire",
    "why": "Pourquoi",
    "further_reasons_one": "{n} autre raison en section 1, Signaux de recrutement.",
    "further_reasons_other": "{n} autres raisons en section 1, Signaux de recrutement.",
    "what_would_change": "Ce qui changerait la recommandation",
    "next_steps": "Prochaines étapes",
    "fact_profile": "Profil",
    "profile_role": "Ingénieur MLOps {level_lower}",
    "fact_budget": "Budget annuel",
    "fact_budget_value": "<b>{band}</b> de salaire de base brut",
    "fact_budget_detail": "{market}, fourchette {level}\u00a0; {origin}\u00a0: {source}",
    "origin_user": "votre propre chiffre",
    "origin_published": "chiffre publié",
    "origin_assumption": "hypothèse",
    "fact_no_figure": "Aucun chiffre publié pour ce marché ({market})",
    "fact_no_figure_detail": ("Les sources ne donnent aucune fourchette de salaire pour ce marché\u00a0; indiquez "
                              "la vôtre (voir la section 3)."),
    "fact_gap": "Écart de budget",
    "fact_gap_value": "{amount} sous la fourchette",
    "fact_time": "Délai de recrutement",
    "fact_time_value": "<b>{min} à {max} semaines</b> jusqu'à l'offre signée",
    "fact_mandate": "Mandat de la plateforme",
    "fact_mandate_missing": "Manquant\u00a0: {names}",
    "fact_mandate_missing_detail": ("Les candidats seniors déclinent souvent un poste qui en est dépourvu\u00a0; voir "
                                    "la section 4."),
    "fact_mandate_in_place": "<b>{n} sur {total} en place</b>",
    "fact_mandate_unanswered": " ({n} sans réponse)",
    "fact_business": "Enjeu économique",
    "fact_business_value": "<b>Environ {fte} équivalents temps plein</b> de temps d'ingénieurs perdus aujourd'hui",
    "fact_business_figure": "{title} {fte}",
    "fact_business_detail": "{figures} ETP\u00a0; hypothèses et formules en section 5.",
    "fact_workshop": "Atelier",
    "fact_workshop_value_one": "<b>{n} réponse divergente</b> entre {people} répondants",
    "fact_workshop_value_other": "<b>{n} réponses divergentes</b> entre {people} répondants",
    "fact_workshop_none": "<b>Aucune réponse divergente</b> entre {people} répondants",
    "fact_workshop_moved": "{questions}\u00a0: les réponses des participants mènent à des décisions différentes.",
    "fact_workshop_open_one": "{n} reste à trancher, comptée comme «\u00a0ne sait pas\u00a0».",
    "fact_workshop_open_other": "{n} restent à trancher, comptées comme «\u00a0ne sait pas\u00a0».",
    "fact_workshop_settled": "Toutes tranchées par le groupe.",
    "fact_workshop_see": "Voir la section 6.",
    "fact_since": "Depuis la dernière visite",
    "fact_since_decision": "<b>Décision\u00a0: {before} \u2192 {after}</b>",
    "fact_since_same": "<b>Décision inchangée</b>",
    "fact_since_score": "score {before} \u2192 {after} ({delta})",
    "fact_since_score_same": "score inchangé ({score})",
    "fact_since_detail": "Par rapport à la visite précédente ({visit})\u00a0; voir la section {section}.",
    "topic_decision": "Décision",
    "topic_reason": "Raison",
    "topic_signal": "Signal\u00a0: {title}",
    "topic_mandate": "Mandat\u00a0: {title}",
    "topic_advice": "Conseil sur le processus",
    "topic_seniority": "Niveau",
    "topic_background": "Parcours",
    "topic_band": "Fourchette budgétaire",
    "topic_ceiling": "Plafond budgétaire",
    "topic_ceiling_advice": "Conseil sur le plafond",
    "topic_time": "Délai de recrutement",
    "topic_focus": "Domaine prioritaire\u00a0: {title}",
    "topic_tooling": "Outils",
    "topic_must_have": "Indispensable",
    "topic_interview": "Point d'entretien",
    "topic_soft_skill": "Savoir-être",
    "topic_total_comp": "Rémunération globale",
    "topic_business": "Enjeu économique\u00a0: {title}",
    "topic_business_money": "Enjeu économique\u00a0: en coût",
    "ceiling_trace": "Plafond budgétaire comparé à la fourchette.",
    "s1_title": "1  Signaux de recrutement",
    "s1_intro_one": ("Le guide du métier cite cinq signaux qui indiquent à une entreprise qu'il est temps de "
                     "recruter un ingénieur MLOps. <b>{n} sur {total}</b> est présent dans vos réponses. L'intensité "
                     "va de 0 (aucune trace du problème) à 1 (le problème à pleine échelle)."),
    "s1_intro_other": ("Le guide du métier cite cinq signaux qui indiquent à une entreprise qu'il est temps de "
                       "recruter un ingénieur MLOps. <b>{n} sur {total}</b> sont présents dans vos réponses. "
                       "L'intensité va de 0 (aucune trace du problème) à 1 (le problème à pleine échelle)."),
    "head_signal": "Signal",
    "head_present": "Présent, intensité",
    "head_evidence": "Ce que montrent vos réponses",
    "yes": "Oui",
    "no": "Non",
    "gaps_title": "Où se situent les écarts",
    "head_area": "Domaine",
    "head_gap": "Écart",
    "radar_note": ("Chaque axe mesure l'écart dans un domaine, de 0 (aucun écart) au centre à 1 (écart important) "
                   "sur le cercle extérieur, d'après vos réponses. Le calcul de chaque domaine est décrit dans la "
                   "partie Méthode de l'annexe."),
    "s2_title": "2  Le profil à rechercher",
    "why_level": "<b>Pourquoi ce niveau.</b>",
    "background": "<b>Parcours.</b>",
    "focus_title": "Domaines prioritaires et points à valider en entretien",
    "head_focus": "Domaine prioritaire et raison",
    "head_validate": "À valider en entretien",
    "no_check": "Aucune vérification particulière.",
    "tooling_title": "Outils liés à vos écarts",
    "tooling_note": ("Demandez au candidat comment il les a exploités en production, plutôt que s'il en connaît "
                     "les noms."),
    "must_haves": "Indispensables",
    "every_interview": "À chaque entretien",
    "soft_skills": "Savoir-être",
    "status_unanswered": "Sans réponse",
    "status_in_place": "En place",
    "status_missing": "Manquant",
    "s3_title": "3  Budget",
    "no_band_lead": "Aucune fourchette de salaire ne peut encore être donnée pour ce marché ({market}).",
    "head_seniority": "Niveau",
    "head_yearly": "Salaire de base annuel brut, {market}",
    "band_not_set": "non défini",
    "band_no_figure": "aucun chiffre",
    "band_recommended": "Recommandé",
    "band_your_figure": " (votre chiffre)",
    "band_source": "Source de tous les chiffres de ce tableau\u00a0: {source}.",
    "own_figure_title": "Votre propre chiffre.",
    "own_figure_body": ("La fourchette est celle que vous avez saisie\u00a0; les sources ne publient aucun chiffre "
                        "de salaire pour ce marché."),
    "assumption_title": "Hypothèse.",
    "no_published_title": "Aucun chiffre publié pour ce marché ({market}).",
    "no_published_body": ("Les sources ne publient aucun chiffre de salaire pour ce marché\u00a0; ce rapport "
                          "n'affiche donc pas de fourchette plutôt que d'en inventer une."),
    "market_note": "<b>Note sur le marché.</b>",
    "total_comp": "Rémunération globale",
    "ceiling_title": "Votre plafond budgétaire",
    "gap_title": "Écart de budget.",
    "gap_what_to_do": "Ce que vous pouvez faire\u00a0:",
    "ceiling_within": ("Votre plafond de {ceiling} n'est pas inférieur au bas de la fourchette {level} ({low})\u00a0: "
                       "une offre dans la fourchette est donc à votre portée."),
    "ceiling_no_band": ("Votre plafond de {ceiling} ne pourra être comparé à une fourchette qu'une fois celle-ci "
                        "définie pour ce marché."),
    "s4_title": "4  Plan de recrutement",
    "weeks_range": "{min} à {max} semaines",
    "stretch_title": "Ce qui peut l'allonger",
    "mandate_title": "Mandat de la plateforme\u00a0: liste de contrôle",
    "mandate_all_in_place": ("<b>Les {n} éléments sont en place</b>\u00a0: {names}. Mettez-les en avant auprès des "
                             "candidats\u00a0: les profils seniors déclinent souvent un poste sans mandat de la "
                             "direction, sans budget ou sans périmètre de responsabilité clair."),
    "head_mandate_item": "Élément du mandat",
    "head_status": "Statut",
    "head_todo": "À faire",
    "mandate_nothing_to_do": "Rien à faire\u00a0; mettez-le en avant auprès des candidats.",
    "mandate_intro": ("Les candidats seniors déclinent souvent un poste sans mandat de la direction, sans budget ou "
                      "sans périmètre de responsabilité clair."),
    "process_title": "Conduire le processus",
    "s5_title_case": "5  Enjeu économique et ce qui changerait la décision",
    "s5_title": "5  Ce qui changerait la décision",
    "assumption_line": "{key} = {value}\u00a0: {text}.",
    "figure_trace": "{title}\u00a0: {formula}.",
    "assumption_refs": "{listed}, détaillées sous le tableau de l'enjeu économique, en section 5.",
    "change_item": "<b>{label}\u00a0: {needed}</b> (actuellement {current})",
    "change_with": "Avec {changes}, {effects}.",
    "change_group": ("Si l'une des réponses <b>{listed}</b> devient <b>{needed}</b> (actuellement {current}), "
                     "{effects}."),
    "effect_decision": 'la décision devient <font color="{colour}"><b>«\u00a0{becomes}\u00a0»</b></font>',
    "effect_seniority": "le profil devient {becomes}",
    "effect_band": "la fourchette budgétaire devient {becomes}",
    "bc_intro": "Ce que coûte la situation actuelle en temps d'ingénieurs, d'après vos réponses.",
    "bc_aim": (" L'objectif que la source ({by}) assigne au poste est cité dans sa langue d'origine en annexe, "
               "avec les références de ce tableau."),
    "head_time_goes": "Où passe aujourd'hui le temps des ingénieurs",
    "head_hours": "Heures par mois",
    "head_fte": "ETP",
    "head_how": "Mode de calcul",
    "assumption_label_one": "Hypothèse\u00a0:",
    "assumption_label_other": "Hypothèses\u00a0:",
    "total": "Total",
    "total_note": "équivalents temps plein d'ingénieurs, chaque mois",
    "assumptions_title": "Hypothèses.",
    "assumptions_body": "Les sources ne publient aucun de ces chiffres\u00a0; ils sont modifiables dans {file}.",
    "in_money": "En coût.",
    "how_sure": "Degré de certitude de la recommandation",
    "known_share_one": "{n} des {total} réponses dont dépend la décision est connue",
    "known_share_other": "{n} des {total} réponses dont dépend la décision sont connues",
    "provisional_label": "PROVISOIRE.",
    "provisional_prefix": "provisoire",
    "verify_title": "À vérifier avant de décider",
    "changes_intro": ("Les plus petits changements de vos réponses (une réponse, puis deux) qui modifient la "
                      "décision, le niveau ou la fourchette budgétaire, trouvés en recalculant le résultat avec les "
                      "réponses modifiées. Les changements de décision viennent en premier."),
    "head_if": "Si cette réponse était",
    "head_now": "Actuelle",
    "head_then": "Alors",
    "thresholds_title": "Proximité des réponses avec les seuils",
    "thresholds_intro": ("Votre réponse face à chaque seuil des règles qui fondent la recommandation\u00a0; une "
                         "réponse <b>à la limite</b> en est si proche qu'un petit changement ferait basculer la "
                         "règle."),
    "head_answer": "Réponse",
    "head_yours": "Valeur",
    "head_rule": "Règle\u00a0: son seuil",
    "met": "atteint",
    "not_met": "non atteint",
    "met_cap": "Atteint",
    "not_met_cap": "Non atteint",
    "borderline": "À la limite",
    "s6_title": "6  Atelier\u00a0: les points de désaccord",
    "ws_people": "{n} personnes ont répondu séparément au questionnaire\u00a0: {people}.",
    "ws_disputed_one": ("Leurs réponses divergent sur {n} question. La réponse de chacun a été recalculée à la "
                        "place de la réponse retenue, les autres réponses restant inchangées\u00a0; une question "
                        "dont la réponse change la décision passe en premier. La recommandation repose sur la "
                        "réponse tranchée par le groupe."),
    "ws_disputed_other": ("Leurs réponses divergent sur {n} questions. La réponse de chacun a été recalculée à la "
                          "place de la réponse retenue, les autres réponses restant inchangées\u00a0; les questions "
                          "dont la réponse change la décision passent en premier. La recommandation repose sur les "
                          "réponses tranchées par le groupe."),
    "ws_none": "Leurs réponses concordent sur toutes les questions\u00a0: aucun point de désaccord.",
    "ws_head_question": "Question débattue",
    "ws_head_answers": "Réponse de chaque répondant",
    "ws_head_agreed": "Réponse retenue et note",
    "ws_moves_decision": "Change la décision",
    "ws_moves_seniority": "Change le niveau",
    "ws_score_spread": "Score de {low} à {high}",
    "ws_gives": "\u2192 {decision}",
    "ws_settled_on": "Tranchée le {date}.",
    "ws_unsettled": "Ne sait pas / à trancher",
    "ws_unsettled_note": "Comptée comme «\u00a0ne sait pas\u00a0» tant que le groupe ne l'a pas tranchée.",
    "ws_agreed_known": "Retenue d'après les répondants qui savaient\u00a0; non tranchée par le groupe.",
    "ws_legend_bold": "En gras, les réponses identiques à la réponse retenue.",
    "ws_legend": ("Lignes colorées\u00a0: la réponse change la décision\u00a0; sous chaque réponse, la décision "
                  "qu'elle donnerait à elle seule."),
    "disputed_mark": "réponse débattue, voir la section 6",
    "s7_title": "{n}  Depuis la dernière évaluation",
    "since_intro": ("Par rapport à la visite précédente ({visit}), dont ce fichier conserve les réponses retenues et "
                    "le résultat."),
    "since_visit": "{label}, {date}",
    "since_head_before": "Visite précédente",
    "since_head_now": "Aujourd'hui",
    "since_head_change": "Évolution",
    "since_decision": "Décision",
    "since_score": "Score de préparation",
    "since_signals": "Signaux de recrutement présents",
    "since_profile": "Profil",
    "since_band": "Fourchette budgétaire",
    "since_changed": "Changement",
    "since_unchanged": "Pas de changement",
    "since_points_one": "{delta} point",
    "since_points_other": "{delta} points",
    "since_count": "{n} sur {total}",
    "since_appeared": "Apparus\u00a0: {signals}",
    "since_disappeared": "Disparus\u00a0: {signals}",
    "since_visits": "Visites conservées dans ce fichier\u00a0: {visits}.",
    "appendix": "Annexe",
    "sources_note": ("<b>Sources.</b> {docs}. A présente vos réponses, sous le nom court de chaque question, et B la "
                     "façon dont elles ont été notées. Chaque numéro du rapport renvoie à C\u00a0: les réponses qui "
                     "fondent la phrase ou le chiffre, et le passage de la source (cité par les noms courts "
                     "ci-dessus, dans sa langue d'origine) ou l'hypothèse sur laquelle il repose."),
    "source_doc": "<b>{publisher} {year}</b>\u00a0: {publisher}, <i>{title}</i>",
    "a_title": "A  Vos réponses",
    "not_asked": "non posée (sans objet)",
    "not_asked_short": "non posée",
    "other_notes": "Autres notes",
    "notes": "Notes",
    "b_title": "B  Méthode",
    "head_term": "Terme du score",
    "head_weight": "Poids",
    "head_strength": "Intensité",
    "head_points": "Points",
    "method_signals": ("<b>Signaux.</b> Chacun est compté comme présent lorsque son seuil, indiqué sous son nom en "
                       "section 1, est atteint."),
    "method_decision": "<b>Comment la décision est prise</b> (la première règle vérifiée l'emporte).",
    "method_files": ("Les seuils, les poids et les textes figurent dans {rules}\u00a0; les fourchettes de salaire "
                     "dans {bands}. Les deux fichiers sont modifiables\u00a0; un chiffre qui est une hypothèse "
                     "plutôt qu'un chiffre publié est signalé comme tel dans les références ci-dessous."),
    "c_title": "C  Références",
    "ref_score_answers": ("Réponses\u00a0: celles de chaque signal (références {numbers}) et les termes de contexte "
                          "de la Méthode."),
    "ref_always": "S'applique toujours.",
    "ref_answers": "Réponses\u00a0: {shown}.",
    "ref_answers_of_one": "les réponses de la référence {numbers}",
    "ref_answers_of_other": "les réponses des références {numbers}",
    "ref_quoted_in": "{name}, passage cité en {n}.",
    "ref_assumption": "Hypothèse\u00a0:",
    "the_sources": "Les sources",
}

TABLES = {"en": EN, "fr": FR}

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
}


def language_of(lang: str | None) -> str:
    """'fr', 'fr-CA' -> 'fr'; a language without a table reads English."""
    code = (lang or "en").strip().lower()[:2]
    return code if code in TABLES else "en"


class Texts:
    """The report's own texts in one language: ``t(key, **values)``."""

    def __init__(self, lang: str | None):
        self.lang = language_of(lang)
        self._table = TABLES[self.lang]

    def __call__(self, key: str, /, **values: object) -> str:
        template = self._table.get(key) or EN[key]
        return template.format(**values) if values else template

    def plural(self, key: str, n: int, /, **values: object) -> str:
        """``key_one`` or ``key_other``; French counts 0 and 1 as singular."""
        one = abs(n) < 2 if self.lang == "fr" else abs(n) == 1
        return self(f"{key}_{'one' if one else 'other'}", n=n, **values)

    def join(self, items: Sequence[str], last: str = "and") -> str:
        """'a, b and c'."""
        items = [i for i in items if i]
        if len(items) < 2:
            return "".join(items)
        return self("list_sep").join(items[:-1]) + self(last) + items[-1]

    def date(self, day: datetime.date) -> str:
        """'9 June 2026', '1er juin 2026'."""
        months = _MONTHS[self.lang]
        first = "1er" if self.lang == "fr" and day.day == 1 else str(day.day)
        return f"{first} {months[day.month - 1]} {day.year}"


def lower_level(title: str) -> str:
    """'Senior' -> 'senior' inside a sentence; 'ML lead' stays as it is."""
    return lower_first(title)
