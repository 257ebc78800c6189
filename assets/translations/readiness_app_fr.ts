<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AssessmentModel</name>
    <message>
        <source>answer to “{0}”</source>
        <translation>la réponse «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>notes of “{0}”</source>
        <translation>les notes «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>settlement of “{0}”</source>
        <translation>la réponse retenue pour «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/documents.py" line="152"/>
        <source>Answer “{0}”.</source>
        <translation>Répondez à «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/documents.py" line="214"/>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/documents.py" line="226"/>
        <source>Untitled assessment</source>
        <translation>Évaluation sans titre</translation>
    </message>
    <message>
        <source>Characters that cannot be saved (from a copy-paste?) were replaced.</source>
        <translation>Des caractères impossibles à enregistrer (venus d'un copier-coller&#xa0;?) ont été remplacés.</translation>
    </message>
    <message>
        <source>This text is limited to {0} characters: the rest was not kept.</source>
        <translation>Ce texte est limité à {0}&#xa0;caractères&#xa0;: la suite n'a pas été gardée.</translation>
    </message>
    <message>
        <source>a client file holds at most {0} snapshots</source>
        <translation>un dossier client contient au plus {0}&#xa0;instantanés</translation>
    </message>
    <message>
        <source>a workshop holds at most {0} respondents</source>
        <translation>un atelier compte au plus {0}&#xa0;répondants</translation>
    </message>
    <message>
        <source>the assessment holds characters that cannot be written; retype the text pasted last</source>
        <translation>l'évaluation contient des caractères impossibles à écrire&#xa0;; retapez le dernier texte collé</translation>
    </message>
    <message>
        <source>the assessment would be {0} MB, over the {1} MB a file may have to open again: remove some respondents, snapshots or notes</source>
        <translation>l'évaluation ferait {0}&#xa0;Mo, au-delà des {1}&#xa0;Mo qu'un fichier peut avoir pour être rouvert&#xa0;: retirez des répondants, des instantanés ou des notes</translation>
    </message>
</context>
<context>
    <name>BusinessCaseView</name>
    <message>
        <location filename="../../readiness_app/ui/support_view.py" line="397"/>
        <source>Summary: {0}</source>
        <translation>En résumé&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/support_view.py" line="298"/>
        <source>What the status quo costs in people&apos;s time, from your answers. Figures marked A1, A2… rest on an assumption listed below, not on a source.</source>
        <translation>Ce que coûte le statu quo en temps de travail, d&apos;après vos réponses. Les chiffres marqués A1, A2… reposent sur une hypothèse listée plus bas, pas sur une source.</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/support_view.py" line="306"/>
        <source>Where the time goes</source>
        <translation>Où passe le temps</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/support_view.py" line="306"/>
        <source>FTE</source>
        <translation>ETP</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/support_view.py" line="306"/>
        <source>Hours a month</source>
        <translation>Heures par mois</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/support_view.py" line="307"/>
        <source>How it is computed</source>
        <translation>Mode de calcul</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/support_view.py" line="316"/>
        <source>Total engineer time</source>
        <translation>Temps d&apos;ingénieur total</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/support_view.py" line="319"/>
        <source>Business case</source>
        <translation>Enjeu économique</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/support_view.py" line="320"/>
        <source>Enter the yearly cost of one data scientist or ML engineer (section “Team and infrastructure”) to put it in money</source>
        <translation>Saisissez le coût annuel d&apos;un data scientist ou d&apos;un ingénieur ML (section «&#xa0;Équipe et infrastructure&#xa0;») pour le chiffrer en euros</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/support_view.py" line="322"/>
        <source>Change answer: yearly cost of an ML practitioner</source>
        <translation>Modifier la réponse&#xa0;: coût annuel d&apos;un praticien ML</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/support_view.py" line="324"/>
        <location filename="../../readiness_app/ui/support_view.py" line="326"/>
        <source>Assumptions</source>
        <translation>Hypothèses</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/support_view.py" line="356"/>
        <source>No business case in the rules data.</source>
        <translation>Les règles ne définissent pas d&apos;enjeu économique.</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/support_view.py" line="365"/>
        <source>{0} FTE</source>
        <translation>{0} ETP</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/support_view.py" line="366"/>
        <source>{0} h</source>
        <translation>{0} h</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/support_view.py" line="368"/>
        <source>(assumption {0})</source>
        <translation>(hypothèse {0})</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/support_view.py" line="368"/>
        <source>(assumptions {0})</source>
        <translation>(hypothèses {0})</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/support_view.py" line="377"/>
        <source>Total: {0} FTE of engineer time</source>
        <translation>Total&#xa0;: {0} ETP de temps d&apos;ingénieur</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/support_view.py" line="379"/>
        <source>, {0} a year</source>
        <translation>, {0} par an</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/support_view.py" line="385"/>
        <source>Assumption {0}</source>
        <translation>Hypothèse {0}</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/support_view.py" line="386"/>
        <source>Assumptions (editable figures in the rules data, not from the sources)</source>
        <translation>Hypothèses (valeurs modifiables dans les règles, non issues des sources)</translation>
    </message>
</context>
<context>
    <name>ClientList</name>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Not finished: {0} of {1} answered</source>
        <translation>Inachevé&#xa0;: {0} sur {1} répondues</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Répondants</translation>
    </message>
    <message>
        <source>{0} — provisional</source>
        <translation>{0} — provisoire</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/client_list.py" line="100"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/client_list.py" line="102"/>
        <source>Recent client files. Double-click one, or choose it and press Enter, to open it.</source>
        <translation>Dossiers clients récents. Double-cliquez sur l&apos;un d&apos;eux, ou choisissez-le et appuyez sur Entrée, pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/client_list.py" line="105"/>
        <source>Recent client files</source>
        <translation>Dossiers clients récents</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/client_list.py" line="110"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/client_list.py" line="110"/>
        <source>Last decision</source>
        <translation>Dernière décision</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/client_list.py" line="110"/>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/client_list.py" line="111"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/client_list.py" line="111"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/client_list.py" line="122"/>
        <source>No client file opened yet. Start a new assessment, or open a file.</source>
        <translation>Aucun dossier client ouvert pour l&apos;instant. Commencez une nouvelle évaluation ou ouvrez un fichier.</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/client_list.py" line="124"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/client_list.py" line="127"/>
        <source>&amp;New assessment</source>
        <translation>&amp;Nouvelle évaluation</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/client_list.py" line="129"/>
        <source>Open o&amp;ther…</source>
        <translation>Ouvrir un &amp;autre…</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/client_list.py" line="131"/>
        <source>Re&amp;move from list</source>
        <translation>&amp;Retirer de la liste</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/client_list.py" line="132"/>
        <source>Forget this file in the list (the file itself stays)</source>
        <translation>Retirer ce fichier de la liste (le fichier lui-même est conservé)</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/client_list.py" line="134"/>
        <source>&amp;Back to the assessment</source>
        <translation>Re&amp;venir à l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/client_list.py" line="159"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/client_list.py" line="198"/>
        <source>File not found</source>
        <translation>Fichier introuvable</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/client_list.py" line="200"/>
        <source>Cannot be read</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/client_list.py" line="203"/>
        <source>Not finished</source>
        <translation>Non terminée</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/client_list.py" line="207"/>
        <source>{0} respondents</source>
        <translation>{0} participants</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/client_list.py" line="208"/>
        <source>1 respondent</source>
        <translation>1 participant</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/client_list.py" line="210"/>
        <source>{0} visits kept</source>
        <translation>{0} visites conservées</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/client_list.py" line="211"/>
        <source>1 visit kept</source>
        <translation>1 visite conservée</translation>
    </message>
</context>
<context>
    <name>ComboInput</name>
    <message>
        <location filename="../../readiness_app/ui/widgets.py" line="294"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>DisagreementCard</name>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="160"/>
        <source>Agreed answer: {0}</source>
        <translation>Réponse retenue&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="163"/>
        <source>Note: why the group agreed (goes into the report)</source>
        <translation>Note&#xa0;: pourquoi le groupe a tranché (figure dans le rapport)</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="164"/>
        <source>Note on the agreed answer: {0}</source>
        <translation>Note sur la réponse retenue&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="166"/>
        <source>Settle</source>
        <translation>Trancher</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="167"/>
        <source>Settle the agreed answer: {0}</source>
        <translation>Trancher la réponse retenue&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="168"/>
        <source>Record the answer and the note above as the group&apos;s</source>
        <translation>Enregistrer cette réponse et la note comme celles du groupe</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="169"/>
        <source>Unsettle</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="170"/>
        <source>Unsettle: {0}</source>
        <translation>Rouvrir&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="171"/>
        <source>Back to “don&apos;t know” until the group agrees</source>
        <translation>Revenir à «&#xa0;Je ne sais pas&#xa0;» jusqu&apos;à ce que le groupe s&apos;accorde</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="175"/>
        <source>Agreed answer:</source>
        <translation>Réponse retenue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="200"/>
        <source>Use this answer</source>
        <translation>Retenir cette réponse</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="213"/>
        <source>★ Moves the decision</source>
        <translation>★ Change la décision</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="215"/>
        <source>Moves the seniority</source>
        <translation>Change le niveau d&apos;expérience</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="217"/>
        <source>Score ±{0}</source>
        <translation>Score ±{0}</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="218"/>
        <source>No effect on the result</source>
        <translation>Sans effet sur le résultat</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="224"/>
        <source>→ {0} (score {1})</source>
        <translation>→ {0} (score {1})</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="225"/>
        <source>Settle on {0}&apos;s answer: {1}</source>
        <translation>Retenir la réponse de {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="233"/>
        <source>✔ Settled: {0}{1}</source>
        <translation>✔ Tranché&#xa0;: {0}{1}</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="235"/>
        <source>To settle: the recommendation counts it as “{0}” for now.</source>
        <translation>À trancher&#xa0;: la recommandation la compte pour l&apos;instant comme «&#xa0;{0}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>DisagreementsView</name>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="287"/>
        <source>Where the respondents answer differently, the questions that move the decision first. Settle the group&apos;s answer: the result above follows at once, and each respondent keeps their own answers.</source>
        <translation>Les questions où les participants ne répondent pas de la même façon, en commençant par celles qui changent la décision. Tranchez la réponse du groupe&#xa0;: le résultat ci-dessus suit aussitôt, et chaque participant garde ses propres réponses.</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="297"/>
        <source>Answers settled without a dispute</source>
        <translation>Réponses tranchées sans désaccord</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="329"/>
        <source>Add at least two respondents (menu Workshop) to compare their answers question by question.</source>
        <translation>Ajoutez au moins deux participants (menu Atelier) pour comparer leurs réponses question par question.</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="332"/>
        <source>The respondents give the same answer to every question.</source>
        <translation>Les participants donnent la même réponse à chaque question.</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="355"/>
        <source>Unsettle</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="356"/>
        <source>Unsettle: {0}</source>
        <translation>Rouvrir&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Hiring kit…</source>
        <translation>&amp;Kit de recrutement…</translation>
    </message>
    <message>
        <source>&amp;About MLOps hiring readiness</source>
        <translation>À &amp;propos de Préparation au recrutement MLOps</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Cannot open the settings folder</source>
        <translation>Impossible d'ouvrir le dossier de réglages</translation>
    </message>
    <message>
        <source>Drop every change made to “{0}” since it was last saved, and show it as it is saved? This cannot be undone.</source>
        <translation>Abandonner toutes les modifications de «&#xa0;{0}&#xa0;» depuis le dernier enregistrement, et l'afficher tel qu'il est enregistré&#xa0;? Cela ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>Open my &amp;settings folder</source>
        <translation>Ouvrir mon dossier de &amp;réglages</translation>
    </message>
    <message>
        <source>Re&amp;vert to Saved…</source>
        <translation>Re&amp;venir à la version enregistrée…</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Revert to the saved version?</source>
        <translation>Revenir à la version enregistrée&#xa0;?</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Guide d'utilisation</translation>
    </message>
    <message>
        <source>Your settings folder</source>
        <translation>Votre dossier de réglages</translation>
    </message>
    <message>
        <source>Your settings folder is {0}

Your own copies of the rules and of the salary bands go there, and the app uses them instead of its own. To start from the built-in ones, run “readiness-app own-copy rules” or “readiness-app own-copy salary-bands”: it puts a copy there for you to edit.</source>
        <translation>Votre dossier de réglages est {0}

Vos propres copies des règles et des grilles de salaires y vont, et l'application les utilise à la place des siennes. Pour partir de celles fournies, lancez «&#xa0;readiness-app own-copy rules&#xa0;» ou «&#xa0;readiness-app own-copy salary-bands&#xa0;»&#xa0;: une copie y est placée pour que vous la modifiiez.</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="156"/>
        <location filename="../../readiness_app/ui/pages.py" line="36"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="157"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="158"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="159"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="160"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="161"/>
        <source>&amp;Export PDF…</source>
        <translation>E&amp;xporter le PDF…</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="162"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="164"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="166"/>
        <source>&amp;Clients…</source>
        <translation>&amp;Clients…</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="170"/>
        <source>Report &amp;language</source>
        <translation>&amp;Langue du rapport</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="183"/>
        <location filename="../../readiness_app/ui/pages.py" line="36"/>
        <source>Wor&amp;kshop</source>
        <translation>A&amp;telier</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="184"/>
        <source>&amp;Add respondent…</source>
        <translation>&amp;Ajouter un participant…</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="185"/>
        <source>&amp;Import respondent&apos;s answers…</source>
        <translation>&amp;Importer les réponses d&apos;un participant…</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="187"/>
        <source>Show the a&amp;greed answers</source>
        <translation>Afficher les réponses &amp;retenues</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="188"/>
        <source>&amp;Disagreements</source>
        <translation>&amp;Désaccords</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="189"/>
        <source>Take &amp;snapshot…</source>
        <translation>&amp;Prendre un instantané…</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="190"/>
        <source>&amp;Progress since last visit</source>
        <translation>É&amp;volution depuis la dernière visite</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="208"/>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="214"/>
        <source>{0} — answers of {1}</source>
        <translation>{0} — réponses de {1}</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="215"/>
        <source>{0}[*] — MLOps hiring readiness</source>
        <translation>{0}[*] — Recruter un ingénieur MLOps&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="241"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="242"/>
        <source>“{0}” has changes that are not saved. Save them first?</source>
        <translation>«&#xa0;{0}&#xa0;» contient des modifications non enregistrées. Les enregistrer d&apos;abord&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="258"/>
        <source>Open assessment</source>
        <translation>Ouvrir une évaluation</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="259"/>
        <source>Assessments (*.json);;All files (*)</source>
        <translation>Évaluations (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="270"/>
        <source>Cannot open this file</source>
        <translation>Impossible d&apos;ouvrir ce fichier</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="284"/>
        <source>Save assessment</source>
        <translation>Enregistrer l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="285"/>
        <source>Assessments (*.json)</source>
        <translation>Évaluations (*.json)</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="293"/>
        <source>Autosave failed ({0}). Your answers are still here: save them to another folder.</source>
        <translation>L'enregistrement automatique a échoué ({0}). Vos réponses sont toujours là : enregistrez-les dans un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="300"/>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="304"/>
        <source>Saved {0}</source>
        <translation>{0} enregistré</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="371"/>
        <source>Cannot add this respondent</source>
        <translation>Impossible d&apos;ajouter ce participant</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="373"/>
        <source>The pages now show the answers of {0}</source>
        <translation>Les pages affichent maintenant les réponses de {0}</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="382"/>
        <source>Import a respondent&apos;s answers</source>
        <translation>Importer les réponses d&apos;un participant</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="383"/>
        <source>Answers or assessments (*.json *.yaml *.yml);;All files (*)</source>
        <translation>Réponses ou évaluations (*.json *.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="390"/>
        <location filename="../../readiness_app/ui/main_window.py" line="400"/>
        <source>Cannot import these answers</source>
        <translation>Impossible d&apos;importer ces réponses</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="402"/>
        <source>Imported the answers of {0} from {1}</source>
        <translation>Réponses de {0} importées depuis {1}</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="415"/>
        <location filename="../../readiness_app/ui/main_window.py" line="486"/>
        <source>Not finished yet</source>
        <translation>Pas encore terminé</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="416"/>
        <source>The agreed answers are not complete: answer every section first.</source>
        <translation>Les réponses retenues sont incomplètes&#xa0;: répondez d&apos;abord à toutes les sections.</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="426"/>
        <source>No snapshot yet</source>
        <translation>Pas encore d&apos;instantané</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="427"/>
        <source>Take a snapshot at the end of a visit (Workshop ▸ Take snapshot); the next visit then shows what moved.</source>
        <translation>Prenez un instantané à la fin d&apos;une visite (Atelier ▸ Prendre un instantané)&#xa0;; la visite suivante montrera ce qui a bougé.</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="439"/>
        <source>Visit {0}</source>
        <translation>Visite {0}</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="446"/>
        <source>Cannot take a snapshot</source>
        <translation>Impossible de prendre un instantané</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="448"/>
        <source>Snapshot “{0}” kept in the client file</source>
        <translation>Instantané «&#xa0;{0}&#xa0;» conservé dans le dossier client</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="457"/>
        <source>Cannot restore unsaved work</source>
        <translation>Impossible de restaurer le travail non enregistré</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="461"/>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="464"/>
        <source>Restore unsaved work?</source>
        <translation>Restaurer le travail non enregistré&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="465"/>
        <source>The app did not close normally last time. Restore the unsaved assessment “{0}” (last change {1})?</source>
        <translation>L&apos;application ne s&apos;est pas fermée normalement la dernière fois. Restaurer l&apos;évaluation non enregistrée «&#xa0;{0}&#xa0;» (dernière modification {1})&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="487"/>
        <source>Answer every section first: the report needs a complete assessment.</source>
        <translation>Répondez d&apos;abord à toutes les sections&#xa0;: le rapport demande une évaluation complète.</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="499"/>
        <source>Export PDF report</source>
        <translation>Exporter le rapport PDF</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="501"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="505"/>
        <source>Writing the PDF report…</source>
        <translation>Rédaction du rapport PDF…</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="518"/>
        <source>The report could not be written</source>
        <translation>Le rapport n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="525"/>
        <source>Report saved to {0}</source>
        <translation>Rapport enregistré dans {0}</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="545"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="545"/>
        <source>Qt&apos;s PDF module is not installed; use Export PDF instead.</source>
        <translation>Le module PDF de Qt n&apos;est pas installé&#xa0;; utilisez plutôt Exporter le PDF.</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/main_window.py" line="548"/>
        <source>Preparing the preview…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>É&amp;craser</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Cannot reload</source>
        <translation>Impossible de recharger</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>Ouverture de {0}…</translation>
    </message>
    <message>
        <source>Reload it to see the other changes (your version is kept aside), save yours under another name, or replace the file with yours.</source>
        <translation>Rechargez-le pour voir les autres modifications (votre version est mise de côté), enregistrez la vôtre sous un autre nom, ou remplacez le fichier par la vôtre.</translation>
    </message>
    <message>
        <source>Save yours under another name, or replace the file with yours.</source>
        <translation>Enregistrez la vôtre sous un autre nom, ou remplacez le fichier par la vôtre.</translation>
    </message>
    <message>
        <source>Reloaded {0}; your version is kept in {1}</source>
        <translation>{0} rechargé&#xa0;; votre version est gardée dans {1}</translation>
    </message>
    <message>
        <source>The file changed</source>
        <translation>Le fichier a changé</translation>
    </message>
    <message>
        <source>The unsaved work is kept in {0}.</source>
        <translation>Le travail non enregistré est gardé dans {0}.</translation>
    </message>
    <message>
        <source>The unsaved work was kept in {0}</source>
        <translation>Le travail non enregistré a été gardé dans {0}</translation>
    </message>
    <message>
        <source>Unsaved assessment {0} of {1}.</source>
        <translation>Évaluation non enregistrée {0} sur {1}.</translation>
    </message>
    <message>
        <source>Your version could not be kept aside, so it stays open: save it under another name first.</source>
        <translation>Votre version n'a pas pu être mise de côté, elle reste donc ouverte&#xa0;: enregistrez-la d'abord sous un autre nom.</translation>
    </message>
    <message>
        <source>{0}

The assessment stays open with all its changes. Save it somewhere else (File ▸ Save As).</source>
        <translation>{0}

L'évaluation reste ouverte avec toutes ses modifications. Enregistrez-la ailleurs (Fichier ▸ Enregistrer sous).</translation>
    </message>
    <message>
        <source>{0} is also open in another window: saving asks before replacing what was saved there.</source>
        <translation>{0} est aussi ouvert dans une autre fenêtre&#xa0;: l'enregistrement demandera avant de remplacer ce qui y a été enregistré.</translation>
    </message>
    <message>
        <source>{0}: cannot be read ({1})</source>
        <translation>{0}&#xa0;: illisible ({1})</translation>
    </message>
    <message>
        <source>“{0}” is open in another window: saving here replaces what is saved from there.</source>
        <translation>«&#xa0;{0}&#xa0;» est ouvert dans une autre fenêtre&#xa0;: enregistrer ici remplace ce qui est enregistré depuis l'autre.</translation>
    </message>
    <message>
        <source>“{0}” was changed on disk since you opened or saved it here (by another window, another program or another person).</source>
        <translation>«&#xa0;{0}&#xa0;» a été modifié sur le disque depuis que vous l'avez ouvert ou enregistré ici (par une autre fenêtre, un autre programme ou une autre personne).</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <location filename="../../readiness_app/ui/widgets.py" line="138"/>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
</context>
<context>
    <name>PercentInput</name>
    <message>
        <location filename="../../readiness_app/ui/widgets.py" line="194"/>
        <source>{0} (slider)</source>
        <translation>{0} (curseur)</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source> of {0}</source>
        <translation> sur {0}</translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation>&amp;Ajuster à la largeur</translation>
    </message>
    <message>
        <source>&amp;Next page ▶</source>
        <translation>Page &amp;suivante ▶</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>◀ P&amp;revious page</source>
        <translation>◀ Page &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/export.py" line="130"/>
        <location filename="../../readiness_app/ui/export.py" line="134"/>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/export.py" line="138"/>
        <source>{0} pages</source>
        <translation>{0} pages</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="386"/>
        <source>Change since the previous visit</source>
        <translation>Évolution depuis la visite précédente</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="387"/>
        <source>No snapshot yet. At the end of a visit, Take snapshot keeps the agreed answers and their result in the client file; at the next visit this tab shows what moved.</source>
        <translation>Pas encore d&apos;instantané. À la fin d&apos;une visite, «&#xa0;Prendre un instantané&#xa0;» conserve les réponses retenues et leur résultat dans le dossier client&#xa0;; à la visite suivante, cet onglet montre ce qui a bougé.</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="390"/>
        <source>Take sna&amp;pshot…</source>
        <translation>Prendre un &amp;instantané…</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="393"/>
        <source>Snapshots (choose one to compare with now)</source>
        <translation>Instantanés (choisissez-en un pour le comparer à aujourd&apos;hui)</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="395"/>
        <source>Snapshots</source>
        <translation>Instantanés</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="399"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="399"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="399"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="399"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="450"/>
        <source>Since {0} ({1})</source>
        <translation>Depuis {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="450"/>
        <source>the snapshot</source>
        <translation>l&apos;instantané</translation>
    </message>
</context>
<context>
    <name>QuestionBlock</name>
    <message>
        <location filename="../../readiness_app/ui/widgets.py" line="413"/>
        <source>(optional)</source>
        <translation>(facultatif)</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/widgets.py" line="423"/>
        <source>Help: {0}</source>
        <translation>Aide&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/widgets.py" line="426"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>QuestionInput</name>
    <message>
        <source>Tick when you do not know: the result says whether this answer could change the decision, and lists it to verify.</source>
        <translation>Cochez quand vous ne savez pas&#xa0;: le résultat dit si cette réponse pourrait changer la décision, et la liste parmi les points à vérifier.</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/widgets.py" line="40"/>
        <source>Don&apos;t know</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/widgets.py" line="92"/>
        <source>{0}: don&apos;t know</source>
        <translation>{0}&#xa0;: je ne sais pas</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/widgets.py" line="93"/>
        <source>Tick when nobody in the room knows: the result says whether this answer could change the decision, and lists it to verify.</source>
        <translation>Cochez quand personne dans la salle ne sait&#xa0;: le résultat indique si cette réponse pourrait changer la décision et la liste parmi les points à vérifier.</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/widgets.py" line="231"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/widgets.py" line="232"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>RadioInput</name>
    <message>
        <location filename="../../readiness_app/ui/widgets.py" line="256"/>
        <source>{0}: don&apos;t know</source>
        <translation>{0}&#xa0;: je ne sais pas</translation>
    </message>
</context>
<context>
    <name>RespondentDialog</name>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="61"/>
        <source>CTO</source>
        <translation>CTO</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="61"/>
        <source>Head of data</source>
        <translation>Responsable data</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="62"/>
        <source>Lead ML engineer</source>
        <translation>Lead ingénieur ML</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="62"/>
        <source>CEO</source>
        <translation>PDG</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="63"/>
        <source>VP Engineering</source>
        <translation>VP Engineering</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="64"/>
        <source>Data scientist</source>
        <translation>Data scientist</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="68"/>
        <source>Import a respondent</source>
        <translation>Importer un participant</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="68"/>
        <source>Add a respondent</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="69"/>
        <source>Answers from {0}. Whose answers are they?</source>
        <translation>Réponses tirées de {0}. À qui sont-elles&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="70"/>
        <source>Each person in the room answers for themselves; the pages then edit the answers of the respondent chosen in the side panel.</source>
        <translation>Chaque personne présente répond pour elle-même&#xa0;; les pages modifient ensuite les réponses du participant choisi dans le panneau latéral.</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="73"/>
        <source>Respondent&apos;s name</source>
        <translation>Nom du participant</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="76"/>
        <source>Respondent&apos;s role</source>
        <translation>Fonction du participant</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="78"/>
        <source>e.g. CTO, Head of data, Lead ML engineer</source>
        <translation>p. ex. CTO, responsable data, lead ingénieur ML</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="83"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="84"/>
        <source>&amp;Role:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RespondentSwitcher</name>
    <message>
        <location filename="../../readiness_app/ui/pages.py" line="38"/>
        <location filename="../../readiness_app/ui/switcher.py" line="29"/>
        <source>&amp;Who is answering</source>
        <translation>&amp;Qui répond</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/switcher.py" line="32"/>
        <source>Whose answers the pages show</source>
        <translation>Les réponses affichées par les pages</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/switcher.py" line="39"/>
        <source>What a change on the pages does</source>
        <translation>Effet d&apos;une modification sur les pages</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/switcher.py" line="40"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/switcher.py" line="41"/>
        <source>Add a respondent</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/switcher.py" line="42"/>
        <source>Add a respondent (name and role)</source>
        <translation>Ajouter un participant (nom et fonction)</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/switcher.py" line="43"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/switcher.py" line="44"/>
        <source>Import a respondent&apos;s answers from a file</source>
        <translation>Importer les réponses d&apos;un participant depuis un fichier</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/switcher.py" line="45"/>
        <source>A respondent&apos;s answers from an answers file or a saved assessment</source>
        <translation>Les réponses d&apos;un participant, depuis un fichier de réponses ou une évaluation enregistrée</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/switcher.py" line="70"/>
        <source>Agreed answers</source>
        <translation>Réponses retenues</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/switcher.py" line="88"/>
        <source>The group&apos;s answers: what the recommendation uses. A change here settles the question for everyone.</source>
        <translation>Les réponses du groupe, celles qu&apos;utilise la recommandation. Une modification ici tranche la question pour tous.</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/switcher.py" line="91"/>
        <source>Changes go to {0}&apos;s own answers.</source>
        <translation>Les modifications vont dans les réponses de {0}.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Export a&amp;gain</source>
        <translation>Exporter à &amp;nouveau</translation>
    </message>
    <message>
        <source>Open the older &amp;PDF</source>
        <translation>&amp;Ouvrir l'ancien PDF</translation>
    </message>
    <message>
        <source>The report does not show the latest answers</source>
        <translation>Le rapport ne reprend pas les dernières réponses</translation>
    </message>
    <message>
        <source>Write the report again to the same file, with the answers as they are now</source>
        <translation>Réécrire le rapport dans le même fichier, avec les réponses actuelles</translation>
    </message>
    <message>
        <source>⚠ Report saved: {0}, older than the answers: export it again to update it</source>
        <translation>⚠ Rapport enregistré&#xa0;: {0}, plus ancien que les réponses&#xa0;: exportez-le à nouveau pour le mettre à jour</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="240"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="241"/>
        <source>Follows your answers live. Open ▸ on any sentence to see the answers and the source behind it; click an answer to change it.</source>
        <translation>Suit vos réponses en direct. Ouvrez ▸ sur une phrase pour voir les réponses et la source qui la fondent&#xa0;; cliquez sur une réponse pour la modifier.</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="247"/>
        <source>Result views</source>
        <translation>Vues du résultat</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="249"/>
        <source>&amp;Recommendation</source>
        <translation>&amp;Recommandation</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="263"/>
        <source>Show the disagreements</source>
        <translation>Afficher les désaccords</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="307"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="308"/>
        <source>Hiring signals</source>
        <translation>Signaux de recrutement</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="309"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="311"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="313"/>
        <source>Time to hire</source>
        <translation>Délai de recrutement</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="315"/>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="333"/>
        <location filename="../../readiness_app/ui/result_page.py" line="552"/>
        <location filename="../../readiness_app/ui/result_page.py" line="582"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="334"/>
        <source>PROVISIONAL</source>
        <translation>PROVISOIRE</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="341"/>
        <source>Provisional decision</source>
        <translation>Décision provisoire</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="342"/>
        <source>A “don&apos;t know” answer could change this decision: see “To verify before deciding”.</source>
        <translation>Une réponse «&#xa0;Je ne sais pas&#xa0;» pourrait changer cette décision&#xa0;: voir «&#xa0;À vérifier avant de décider&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="359"/>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="362"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="372"/>
        <source>&amp;Export PDF…</source>
        <translation>E&amp;xporter le PDF…</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="373"/>
        <source>Export the PDF report</source>
        <translation>Exporter le rapport PDF</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="374"/>
        <source>Pre&amp;view report</source>
        <translation>&amp;Aperçu du rapport</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="380"/>
        <source>Language of the result and the report</source>
        <translation>Langue du résultat et du rapport</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="381"/>
        <source>The result and the PDF report are in this language (chosen for each assessment)</source>
        <translation>Le résultat et le rapport PDF sont dans cette langue (choisie pour chaque évaluation)</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="385"/>
        <source>Report &amp;in:</source>
        <translation>&amp;Langue du rapport&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="402"/>
        <source>Open &amp;PDF</source>
        <translation>&amp;Ouvrir le PDF</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="403"/>
        <source>Show in fol&amp;der</source>
        <translation>Afficher l&apos;&amp;emplacement</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="415"/>
        <source>What would &amp;change ({0})</source>
        <translation>Ce qui &amp;changerait ({0})</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="415"/>
        <source>What would &amp;change</source>
        <translation>Ce qui &amp;changerait</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="416"/>
        <source>B&amp;usiness case ({0} FTE)</source>
        <translation>Enjeu é&amp;conomique ({0} ETP)</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="417"/>
        <source>B&amp;usiness case</source>
        <translation>Enjeu é&amp;conomique</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="419"/>
        <source>&amp;Thresholds ({0})</source>
        <translation>&amp;Seuils ({0})</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="419"/>
        <source>&amp;Thresholds ({0} borderline)</source>
        <translation>&amp;Seuils ({0} limites)</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="422"/>
        <source>&amp;Thresholds</source>
        <translation>&amp;Seuils</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="424"/>
        <source>Disa&amp;greements ({0})</source>
        <translation>&amp;Désaccords ({0})</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="425"/>
        <source>Since &amp;last visit</source>
        <translation>Depuis la dernière &amp;visite</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="487"/>
        <source>Report saved: {0}</source>
        <translation>Rapport enregistré&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="517"/>
        <source>Workshop with {0} respondents: {1} disputed answers, {2} still to settle</source>
        <translation>Atelier à {0} participants&#xa0;: {1} réponses en désaccord, {2} encore à trancher</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="520"/>
        <source>Workshop: 1 respondent so far; add another to compare answers</source>
        <translation>Atelier&#xa0;: 1 participant pour l&apos;instant&#xa0;; ajoutez-en un autre pour comparer les réponses</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="522"/>
        <source>Workshop with {0} respondents: they agree on every answer</source>
        <translation>Atelier à {0} participants&#xa0;: ils sont d&apos;accord sur toutes les réponses</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="550"/>
        <source>({0} of {1} inputs of the decision known.)</source>
        <translation>({0} des {1} éléments de la décision connus.)</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="552"/>
        <source>Decision (provisional)</source>
        <translation>Décision (provisoire)</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="581"/>
        <source>Every answer the decision depends on is known.</source>
        <translation>Toutes les réponses dont dépend la décision sont connues.</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="585"/>
        <source>Hiring need {0}/100 (higher means a stronger case for the role, not maturity) · {1}</source>
        <translation>Besoin de recrutement {0}/100 (plus il est élevé, plus le poste se justifie ; pas un score de maturité) · {1}</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="589"/>
        <source>strength</source>
        <translation>intensité</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="592"/>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="592"/>
        <source>not present</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="597"/>
        <source>general MLOps</source>
        <translation>MLOps généraliste</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="598"/>
        <source>Focus</source>
        <translation>Priorités</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="604"/>
        <source>no published figure</source>
        <translation>aucun chiffre publié</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="606"/>
        <source>Profile: {0}   ·   Budget: {1}   ·   Time to hire: {2} to {3} weeks</source>
        <translation>Profil&#xa0;: {0}   ·   Budget&#xa0;: {1}   ·   Délai&#xa0;: {2} à {3} semaines</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="320"/>
        <source>What to watch</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="612"/>
        <source>No decision yet: find out the answers under “To verify before deciding” first.</source>
        <translation>Pas encore de décision&#xa0;: obtenez d'abord les réponses listées sous «&#xa0;À vérifier avant de décider&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="612"/>
        <source>No hire to plan yet: watch the signals below and reassess.</source>
        <translation>Pas encore de recrutement à planifier : surveillez les signaux ci-dessous et refaites le point.</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="609"/>
        <source>No published figure for {0}</source>
        <translation>Aucun chiffre publié pour {0}</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="612"/>
        <source>yearly gross base</source>
        <translation>brut annuel fixe</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="613"/>
        <source>your own figure</source>
        <translation>votre propre chiffre</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="614"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="617"/>
        <source>Budget band</source>
        <translation>Fourchette budgétaire</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="622"/>
        <source>{0} to {1} weeks</source>
        <translation>{0} à {1} semaines</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="626"/>
        <source>Missing: {0}</source>
        <translation>Manque&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="627"/>
        <source>✔ Executive sponsor, budget and ownership are in place.</source>
        <translation>✔ Sponsor à la direction, budget et responsabilités sont en place.</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Context, assumptions, what to check…</source>
        <translation>Contexte, hypothèses, points à vérifier…</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Ce qui manque</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/pages.py" line="37"/>
        <location filename="../../readiness_app/ui/pages.py" line="168"/>
        <source>N&amp;otes for this section (printed in the report&apos;s appendix)</source>
        <translation>N&amp;otes pour cette section (imprimées en annexe du rapport)</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/pages.py" line="123"/>
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/pages.py" line="132"/>
        <source>Why Next is disabled</source>
        <translation>Pourquoi Suivant est désactivé</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/pages.py" line="171"/>
        <source>What the client said, context, follow-ups…</source>
        <translation>Ce qu&apos;a dit le client, le contexte, les suites à donner…</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/pages.py" line="172"/>
        <source>Notes: {0}</source>
        <translation>Notes&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/pages.py" line="243"/>
        <source>answer {0}.</source>
        <translation>répondez à {0}.</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/pages.py" line="244"/>
        <source>To continue:</source>
        <translation>Pour continuer&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../readiness_app/ui/side_panel.py" line="64"/>
        <location filename="../../readiness_app/ui/side_panel.py" line="67"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/side_panel.py" line="73"/>
        <source>Questions answered</source>
        <translation>Questions répondues</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/side_panel.py" line="74"/>
        <source>%p% answered</source>
        <translation>%p&#xa0;% répondu</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/side_panel.py" line="116"/>
        <source>✔ complete</source>
        <translation>✔ complète</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/side_panel.py" line="116"/>
        <source>{0} of {1} answered</source>
        <translation>{0} sur {1} répondues</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/side_panel.py" line="124"/>
        <source>★ Recommendation</source>
        <translation>★ Recommandation</translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="109"/>
        <source>Take a snapshot</source>
        <translation>Prendre un instantané</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="110"/>
        <source>Keeps today&apos;s agreed answers and their result (score, decision, signals, profile and band) in the client file, to see at the next visit what moved.</source>
        <translation>Conserve dans le dossier client les réponses retenues aujourd&apos;hui et leur résultat (score, décision, signaux, profil et fourchette), pour voir à la prochaine visite ce qui a bougé.</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="113"/>
        <source>Snapshot label</source>
        <translation>Libellé de l&apos;instantané</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/workshop_view.py" line="116"/>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SupportPanel</name>
    <message>
        <location filename="../../readiness_app/ui/support_view.py" line="221"/>
        <source>Change answer: {0}</source>
        <translation>Modifier la réponse&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>ThresholdsView</name>
    <message>
        <location filename="../../readiness_app/ui/support_view.py" line="411"/>
        <source>For each rule, how close your answer is to its threshold. Borderline ones come first: a small change there would change the result.</source>
        <translation>Pour chaque règle, l&apos;écart entre votre réponse et son seuil. Les cas limites viennent en premier&#xa0;: un petit changement y modifierait le résultat.</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/support_view.py" line="415"/>
        <source>No threshold applies to these answers.</source>
        <translation>Aucun seuil ne s&apos;applique à ces réponses.</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/support_view.py" line="423"/>
        <source>Change: {0}</source>
        <translation>Modifier&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/support_view.py" line="426"/>
        <source>Borderline</source>
        <translation>Limite</translation>
    </message>
</context>
<context>
    <name>ToVerifyView</name>
    <message>
        <location filename="../../readiness_app/ui/support_view.py" line="231"/>
        <source>To verify before deciding</source>
        <translation>À vérifier avant de décider</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/support_view.py" line="242"/>
        <source>Could change it</source>
        <translation>Pourrait la changer</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/support_view.py" line="242"/>
        <source>No effect</source>
        <translation>Sans effet</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/support_view.py" line="243"/>
        <source>Answer “{0}”</source>
        <translation>Répondre à «&#xa0;{0}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>TraceItem</name>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="75"/>
        <source>Why: {0}</source>
        <translation>Pourquoi&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="80"/>
        <location filename="../../readiness_app/ui/result_page.py" line="128"/>
        <source>Assumption: {0}</source>
        <translation>Hypothèse&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="81"/>
        <source>Click the arrow to see the answers behind this.</source>
        <translation>Cliquez sur la flèche pour voir les réponses qui fondent cette phrase.</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="110"/>
        <source>Because you answered (click to change):</source>
        <translation>Parce que vous avez répondu (cliquez pour modifier)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="117"/>
        <source>Change answer: {0}</source>
        <translation>Modifier la réponse&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="121"/>
        <source>Not caused by a particular answer.</source>
        <translation>Ne découle d&apos;aucune réponse en particulier.</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="126"/>
        <source>Source: {0}</source>
        <translation>Source&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="80"/>
        <location filename="../../readiness_app/ui/result_page.py" line="130"/>
        <source>Summary: {0}</source>
        <translation>En résumé&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/result_page.py" line="129"/>
        <source>Rule: {0}</source>
        <translation>Règle&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>WhatWouldChangeView</name>
    <message>
        <location filename="../../readiness_app/ui/support_view.py" line="254"/>
        <source>The fewest answers that would have to change, and what they would change. Click an answer to go to its question.</source>
        <translation>Le plus petit nombre de réponses qu&apos;il faudrait changer, et ce qu&apos;elles changeraient. Cliquez sur une réponse pour aller à sa question.</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/support_view.py" line="263"/>
        <source>No change of one or two answers moves the decision, the seniority or the budget band: the recommendation is robust.</source>
        <translation>Aucun changement d&apos;une ou deux réponses ne modifie la décision, le niveau d&apos;expérience ou la fourchette budgétaire&#xa0;: la recommandation est solide.</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/support_view.py" line="271"/>
        <source>Would change the decision (now “{0}”)</source>
        <translation>Changerait la décision (actuellement «&#xa0;{0}&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/support_view.py" line="272"/>
        <source>Would change the seniority (now {0})</source>
        <translation>Changerait le niveau d&apos;expérience (actuellement {0})</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/support_view.py" line="273"/>
        <source>Would change the budget band</source>
        <translation>Changerait la fourchette budgétaire</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../../readiness_app/ui/pages.py" line="35"/>
        <location filename="../../readiness_app/ui/pages.py" line="58"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/pages.py" line="35"/>
        <location filename="../../readiness_app/ui/pages.py" line="59"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/pages.py" line="62"/>
        <source>Next section (Enter or Alt+N)</source>
        <translation>Section suivante (Entrée ou Alt+S)</translation>
    </message>
    <message>
        <location filename="../../readiness_app/ui/pages.py" line="63"/>
        <source>Previous section (Alt+B)</source>
        <translation>Section précédente (Alt+P)</translation>
    </message>
</context>
<context>
    <name>ViewActions</name>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Full screen, larger type and the notes hidden, for a projector</source>
        <translation>Plein écran, texte plus grand et notes masquées, pour un vidéoprojecteur</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Quitter le mode présentation</translation>
    </message>
    <message>
        <source>Writing the PDF report…</source>
        <translation>Rédaction du rapport PDF…</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Zoom {0}%</source>
        <translation>Zoom {0}&#xa0;%</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About MLOps hiring readiness</source>
        <translation>À propos de Préparation au recrutement MLOps</translation>
    </message>
    <message>
        <source>Licence: see LICENSE</source>
        <translation>Licence&#xa0;: voir le fichier LICENSE</translation>
    </message>
    <message>
        <source>Licence: {0}</source>
        <translation>Licence&#xa0;: {0}</translation>
    </message>
    <message>
        <source>MLOps hiring readiness</source>
        <translation>Préparation au recrutement MLOps</translation>
    </message>
    <message>
        <source>Rules “{0}”, version {1}; questionnaire “{2}”, version {3}.</source>
        <translation>Règles «&#xa0;{0}&#xa0;», version {1}&#xa0;; questionnaire «&#xa0;{2}&#xa0;», version {3}.</translation>
    </message>
    <message>
        <source>Should you hire an MLOps engineer, which profile, with what budget: an assessment that works offline and writes its report as a PDF.</source>
        <translation>Faut-il recruter un ingénieur MLOps, quel profil, avec quel budget&#xa0;: une évaluation qui fonctionne hors ligne et écrit son rapport en PDF.</translation>
    </message>
    <message>
        <source>The recommendation rests on these documents:</source>
        <translation>La recommandation s'appuie sur ces documents&#xa0;:</translation>
    </message>
    <message>
        <source>Version {0}</source>
        <translation>Version {0}</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>&lt;b&gt;Answer the sections in order.&lt;/b&gt; Each page asks about one part of the company: its models, retraining, incidents, reproducibility, team and mandate. The help under a question says which signal it feeds. Next takes you on; if something is missing, the page says what.</source>
        <translation>&lt;b&gt;Répondez aux sections dans l'ordre.&lt;/b&gt; Chaque page porte sur une partie de l'entreprise&#xa0;: ses modèles, le réentraînement, les incidents, la reproductibilité, l'équipe et le mandat. L'aide sous une question dit quel signal elle alimente. Suivant fait avancer&#xa0;; s'il manque quelque chose, la page dit quoi.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read the recommendation.&lt;/b&gt; The last page gives the decision, the profile and the budget, each with the passage of the source documents it rests on, and what would change it. Export it as a PDF for the board (File ▸ Export PDF).</source>
        <translation>&lt;b&gt;Lisez la recommandation.&lt;/b&gt; La dernière page donne la décision, le profil et le budget, chacun avec le passage des documents sources sur lequel il s'appuie, et ce qui le changerait. Exportez-la en PDF pour le comité de direction (Fichier ▸ Exporter le PDF).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Say when you do not know.&lt;/b&gt; Tick “Don't know” rather than guessing: the result tells whether that answer could change the decision, and lists it to verify.</source>
        <translation>&lt;b&gt;Dites quand vous ne savez pas.&lt;/b&gt; Cochez «&#xa0;Je ne sais pas&#xa0;» plutôt que de deviner&#xa0;: le résultat dit si cette réponse pourrait changer la décision, et la liste parmi les points à vérifier.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workshops.&lt;/b&gt; Add one respondent per person (Workshop ▸ Add respondent) or import the answers they filled in beforehand. The disagreements come first where they move the decision; settle each one with the group. Take a snapshot at the end of a visit to see what moved at the next one.</source>
        <translation>&lt;b&gt;Ateliers.&lt;/b&gt; Ajoutez un répondant par personne (Atelier ▸ Ajouter un répondant) ou importez les réponses remplies à l'avance. Les désaccords qui font bouger la décision viennent en premier&#xa0;; tranchez-les un à un avec le groupe. Prenez un instantané à la fin d'une visite pour voir ce qui a bougé à la suivante.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your own rules and salary bands&lt;/b&gt; go in your settings folder (Help ▸ Open my settings folder); &lt;code&gt;readiness-app own-copy rules&lt;/code&gt; or &lt;code&gt;readiness-app own-copy salary-bands&lt;/code&gt; puts a copy there for you to edit.</source>
        <translation>&lt;b&gt;Vos propres règles et grilles de salaires&lt;/b&gt; vont dans votre dossier de réglages (Aide ▸ Ouvrir mon dossier de réglages)&#xa0;; &lt;code&gt;readiness-app own-copy rules&lt;/code&gt; ou &lt;code&gt;readiness-app own-copy salary-bands&lt;/code&gt; y place une copie à modifier.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your work is kept.&lt;/b&gt; Save a file per client (File ▸ Save). Unsaved changes are kept aside as you go and offered back if the app stops. Edit ▸ Undo takes back an answer, a note or a settlement.</source>
        <translation>&lt;b&gt;Votre travail est gardé.&lt;/b&gt; Enregistrez un fichier par client (Fichier ▸ Enregistrer). Les modifications non enregistrées sont mises de côté au fil de l'eau et proposées à nouveau si l'application s'arrête. Édition ▸ Annuler reprend une réponse, une note ou une réponse retenue.</translation>
    </message>
    <message>
        <source>How to use the assessment</source>
        <translation>Comment utiliser l'évaluation</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d'utilisation</translation>
    </message>
</context>
<context>
    <name>KitView</name>
    <message>
        <source>Hiring kit…</source>
        <translation>Kit de recrutement…</translation>
    </message>
    <message>
        <source>The job post, the interview plan and the scorecards (Ctrl+K)</source>
        <translation>L'offre d'emploi, le plan d'entretiens et les grilles d'évaluation (Ctrl+K)</translation>
    </message>
    <message>
        <source>Hiring kit</source>
        <translation>Kit de recrutement</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Parts of the hiring kit</source>
        <translation>Parties du kit de recrutement</translation>
    </message>
    <message>
        <source>&amp;Copy as Markdown</source>
        <translation>&amp;Copier en Markdown</translation>
    </message>
    <message>
        <source>To paste into an applicant tracking system or a wiki</source>
        <translation>À coller dans un logiciel de recrutement (ATS) ou un wiki</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Exporter en &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export &amp;Word…</source>
        <translation>Exporter en &amp;Word…</translation>
    </message>
    <message>
        <source>An editable Word document, with a rating table per attribute</source>
        <translation>Un document Word modifiable, avec un tableau de notation par critère</translation>
    </message>
    <message>
        <source>Answer every section first: the hiring kit needs a complete assessment.</source>
        <translation>Répondez d'abord à toutes les sections&#xa0;: le kit de recrutement demande une évaluation complète.</translation>
    </message>
    <message>
        <source>Copied as Markdown: paste it into your applicant tracking system or wiki.</source>
        <translation>Copié en Markdown&#xa0;: collez-le dans votre logiciel de recrutement ou votre wiki.</translation>
    </message>
    <message>
        <source>Export the hiring kit as Markdown</source>
        <translation>Exporter le kit de recrutement en Markdown</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Fichiers Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export the hiring kit as a Word document</source>
        <translation>Exporter le kit de recrutement en document Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Hiring kit saved: {0}</source>
        <translation>Kit de recrutement enregistré&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The hiring kit could not be written</source>
        <translation>Le kit de recrutement n'a pas pu être écrit</translation>
    </message>
</context>
</TS>
