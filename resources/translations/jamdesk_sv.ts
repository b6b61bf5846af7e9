<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../jamdesk/ui/review_dialogs.py" line="+191"/>
        <source>New action</source>
        <translation>Ny åtgärd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit action</source>
        <translation>Redigera åtgärd</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no article)</source>
        <translation>(ingen artikel)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Action:</source>
        <translation>&amp;Åtgärd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charter a&amp;rticle:</source>
        <translation>&amp;Artikel i deklarationen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioritering:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;esources:</source>
        <translation>&amp;Resurser:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indikator:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Board:</source>
        <translation>&amp;Nämnd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due:</source>
        <translation>Sista &amp;datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>add action</source>
        <translation>lägg till åtgärd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit action</source>
        <translation>ändra åtgärd</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../jamdesk/ui/actions.py" line="+25"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tools</source>
        <translation>Verk&amp;tyg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nytt möte…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a record to the list shown</source>
        <translation>Lägg till en post i listan som visas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit record…</source>
        <translation>&amp;Redigera post…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete record</source>
        <translation>&amp;Ta bort post</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change &amp;status…</source>
        <translation>Än&amp;dra status…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the status of the selected record, with a dated note</source>
        <translation>Ändra status för den markerade posten, med en daterad anteckning</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;question</source>
        <translation>Ny &amp;fråga</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;commitment</source>
        <translation>Nytt åt&amp;agande</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New agenda &amp;item</source>
        <translation>Ny dagordnings&amp;punkt</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>New rec&amp;ord…</source>
        <translation>&amp;Ny post…</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>&amp;Export document…</source>
        <translation>&amp;Exportera dokument…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the selected record&apos;s document as a Word file</source>
        <translation>Spara dokumentet för den markerade posten som en Word-fil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export for the re&amp;gistry…</source>
        <translation>Exportera till &amp;diariet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the meeting&apos;s minutes and the requests it decided into one folder</source>
        <translation>Spara mötets protokoll och de begäranden om återrapportering som beslutades där i en och samma mapp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow-up &amp;report…</source>
        <translation>&amp;Uppföljningsrapport…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a follow-up report for a board or a goal</source>
        <translation>Skapa en uppföljningsrapport för en nämnd eller ett mål</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chair&apos;s &amp;briefing…</source>
        <translation>Underlag &amp;inför dialog…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write everything outstanding with a board before a dialogue</source>
        <translation>Sammanställ allt som är utestående hos en nämnd inför en dialog</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>New re&amp;porting request</source>
        <translation>Ny &amp;begäran om återrapportering</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Move up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move do&amp;wn</source>
        <translation>Flytta n&amp;ed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate meeting to &amp;next year</source>
        <translation>&amp;Kopiera mötet till nästa år</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Find…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search meetings, questions, answers, commitments and more</source>
        <translation>Sök bland möten, frågor, svar, åtaganden med mera</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Overview</source>
        <translation>Ö&amp;versikt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Möten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Boards</source>
        <translation>&amp;Nämnder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Questions</source>
        <translation>&amp;Frågor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Commitments</source>
        <translation>Åt&amp;aganden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reporting requests</source>
        <translation>Åte&amp;rrapporteringar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Goals</source>
        <translation>Må&amp;l</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;views and development needs</source>
        <translation>&amp;Granskningar och utvecklingsbehov</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;People</source>
        <translation>&amp;Personer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bac&amp;k</source>
        <translation>&amp;Tillbaka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Question bank…</source>
        <translation>&amp;Frågebank…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Organisation…</source>
        <translation>&amp;Organisation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Check the store</source>
        <translation>&amp;Kontrollera datafilen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About JämDesk</source>
        <translation>&amp;Om JämDesk</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../jamdesk/ui/minutes_dialogs.py" line="+251"/>
        <source>Mark the minutes adjusted</source>
        <translation>Markera protokollet som justerat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} items</source>
        <translation>{count} punkter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} with {paragraphs}. Adjusters: {adjusters}.</source>
        <translation>{kind} med {paragraphs}. Justerare: {adjusters}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none chosen</source>
        <translation>ingen vald</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adjusted minutes can never change again, and this cannot be undone: no text, paragraph, adjuster or date of them can be edited afterwards. A mistake found later needs a correction, a new record of its own.</source>
        <translation>Ett justerat protokoll kan aldrig ändras igen, och det här går inte att ångra: ingen text, paragraf, justerare eller datum kan ändras i efterhand. Ett fel som upptäcks senare kräver en rättelse, som blir en egen, ny handling.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Adjusted on:</source>
        <translation>&amp;Justerat den:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Mark adjusted</source>
        <translation>&amp;Markera som justerat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>mark the minutes adjusted</source>
        <translation>markera protokollet som justerat</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../jamdesk/ui/agenda_editor.py" line="+111"/>
        <source>{position}. {title} (Dnr {diary_number})</source>
        <translation>{position}. {title} (Dnr {diary_number})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <location line="+289"/>
        <source>Ne&amp;w item…</source>
        <translation>&amp;Ny punkt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;dit…</source>
        <translation>Redi&amp;gera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>Ta b&amp;ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move d&amp;own</source>
        <translation>Flytta n&amp;ed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the &amp;question bank…</source>
        <translation>Från &amp;frågebanken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;checked to the agenda</source>
        <translation>Lägg till &amp;ikryssade på dagordningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dro&amp;p</source>
        <translation>Hoppa &amp;över</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the selected proposals out while this agenda is open</source>
        <translation>Utelämna de markerade förslagen så länge dagordningen är öppen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The agenda is empty — add the first item with New item.</source>
        <translation>Dagordningen är tom — lägg till den första punkten med Ny punkt.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Remove agenda item</source>
        <translation>Ta bort punkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove item {position}, “{title}”, from the agenda?</source>
        <translation>Ta bort punkt {position}, ”{title}”, från dagordningen?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>remove agenda item</source>
        <translation>ta bort punkt från dagordningen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>move agenda item</source>
        <translation>flytta punkt på dagordningen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>add follow-ups to the agenda</source>
        <translation>lägg till uppföljningar på dagordningen</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>No boards take part in this meeting, so nothing is proposed.</source>
        <translation>Inga nämnder deltar i mötet, så inget föreslås.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing outstanding with the boards taking part: no follow-ups to propose.</source>
        <translation>Inget är utestående hos de deltagande nämnderna: inga uppföljningar att föreslå.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Agenda items</source>
        <translation>Punkter på dagordningen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Proposed follow-ups</source>
        <translation>Föreslagna uppföljningar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Agenda &amp;items:</source>
        <translation>Punkter på &amp;dagordningen:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Proposed fo&amp;llow-ups:</source>
        <translation>Föreslagna uppfö&amp;ljningar:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outstanding commitments, reporting requests and questions of the boards taking part. Uncheck what should not be on the agenda.</source>
        <translation>Utestående åtaganden, begäranden om återrapportering och frågor hos de deltagande nämnderna. Kryssa ur det som inte ska stå på dagordningen.</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <location line="-418"/>
        <source>New agenda item</source>
        <translation>Ny punkt på dagordningen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda item</source>
        <translation>Punkt på dagordningen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. Information om jämställdhetsbudgeten</source>
        <translation>t.ex. Information om jämställdhetsbudgeten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. KS 2026/123</source>
        <translation>t.ex. KS 2026/123</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diary number:</source>
        <translation>&amp;Diarienummer:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>add agenda item</source>
        <translation>lägg till punkt på dagordningen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>change agenda item</source>
        <translation>ändra punkt på dagordningen</translation>
    </message>
</context>
<context>
    <name>AnswerForm</name>
    <message>
        <location filename="../../jamdesk/ui/meeting_entry_forms.py" line="+424"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question:</source>
        <translation>Fråga:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ans&amp;wer:</source>
        <translation>&amp;Svar:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>answer question</source>
        <translation>besvara fråga</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../jamdesk/ui/application.py" line="+57"/>
        <source>JämDesk cannot open the store</source>
        <translation>JämDesk kan inte öppna datafilen</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Something went wrong inside JämDesk: {error}

What you saved before is kept. The details were written to {log}; please pass them on to whoever supports JämDesk.</source>
        <translation>Något gick fel i JämDesk: {error}

Det du har sparat tidigare finns kvar. Detaljerna har skrivits till {log}; skicka dem till den som ger support för JämDesk.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the terminal output</source>
        <translation>terminalfönstret</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>JämDesk</source>
        <translation>JämDesk</translation>
    </message>
</context>
<context>
    <name>AssessDialog</name>
    <message>
        <location filename="../../jamdesk/ui/request_dialogs.py" line="+91"/>
        <source>Assess the answer</source>
        <translation>Bedöm svaret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ufficient</source>
        <translation>&amp;Tillräckligt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;pplement requested</source>
        <translation>&amp;Komplettering begärs</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New due date</source>
        <translation>Nytt sista datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the answer showed, or what is missing</source>
        <translation>Vad svaret visade, eller vad som saknas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answer is:</source>
        <translation>Svaret är:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assessed on:</source>
        <translation>&amp;Bedömt den:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due:</source>
        <translation>Sista &amp;datum:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>assess answer to request</source>
        <translation>bedöm svar på begäran</translation>
    </message>
</context>
<context>
    <name>AttendanceEditor</name>
    <message>
        <location filename="../../jamdesk/ui/attendance_model.py" line="+110"/>
        <source>(nobody)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{role} (came uncalled)</source>
        <translation>{role} (kom utan kallelse)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A substitute serving for a member: press F2 to choose whom.</source>
        <translation>En ersättare som tjänstgör för en ledamot: tryck F2 för att välja vem.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/attendance_editor.py" line="+83"/>
        <source>Nobody is called to this meeting yet — add whoever came below, or call people when you plan the meeting.</source>
        <translation>Ingen är kallad till mötet än — lägg till dem som kom här nedanför, eller kalla deltagare när du planerar mötet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Who was called, and who came:</source>
        <translation>V&amp;ilka som kallades och vilka som kom:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space changes the attendance, F2 chooses from a list.</source>
        <translation>Mellanslag ändrar närvaron, F2 väljer ur en lista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark everyone not recorded as &amp;present</source>
        <translation>Markera alla som inte är noterade som &amp;närvarande</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A&amp;dd</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add someone who &amp;came:</source>
        <translation>Lägg till någon som &amp;kom:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as:</source>
        <translation>som:</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>mark everyone present</source>
        <translation>markera alla som närvarande</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose someone from the register: nobody is called “{name}”.</source>
        <translation>Välj någon ur registret: ingen heter ”{name}”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the name of the person who came.</source>
        <translation>Skriv namnet på personen som kom.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>add someone who came</source>
        <translation>lägg till någon som kom</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>record attendance</source>
        <translation>registrera närvaro</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Person who came</source>
        <translation>Person som kom</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Type a name…</source>
        <translation>Skriv ett namn…</translation>
    </message>
</context>
<context>
    <name>BoardDialog</name>
    <message>
        <location filename="../../jamdesk/ui/board_dialog.py" line="+47"/>
        <source>New board</source>
        <translation>Ny nämnd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit board</source>
        <translation>Redigera nämnd</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>(no one)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contacts</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capacity, e.g. analyst</source>
        <translation>Roll, t.ex. utredare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add contact</source>
        <translation>&amp;Lägg till kontaktperson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move contact</source>
        <translation>Ta &amp;bort kontaktperson</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dministration:</source>
        <translation>&amp;Förvaltning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Chair:</source>
        <translation>&amp;Ordförande:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mana&amp;ger:</source>
        <translation>Förvaltnings&amp;chef:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active &amp;from:</source>
        <translation>&amp;Aktiv från:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontacts:</source>
        <translation>&amp;Kontaktpersoner:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>{person} ({capacity})</source>
        <translation>{person} ({capacity})</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>add board</source>
        <translation>lägg till nämnd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>edit board</source>
        <translation>ändra nämnd</translation>
    </message>
</context>
<context>
    <name>BoardsPage</name>
    <message>
        <location filename="../../jamdesk/ui/boards_page.py" line="+70"/>
        <source>Boards</source>
        <translation>Nämnder</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No boards yet — add the first board the delegation meets.</source>
        <translation>Inga nämnder än — lägg till den första nämnden som delegationen möter.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Show &amp;ceased boards</source>
        <translation>Visa nämnder som har &amp;upphört</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New board…</source>
        <translation>&amp;Ny nämnd…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ed&amp;it…</source>
        <translation>R&amp;edigera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Inaktivera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reactivate</source>
        <translation>&amp;Återaktivera</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>starts {date}</source>
        <translation>börjar {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ceased {date}</source>
        <translation>upphörde {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ceases {date}</source>
        <translation>upphör {date}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>reactivate board</source>
        <translation>återaktivera nämnd</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Every board has ceased — tick “Show ceased boards” to see them.</source>
        <translation>Alla nämnder har upphört — kryssa i ”Visa nämnder som har upphört” för att se dem.</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <location filename="../../jamdesk/ui/export_dialogs.py" line="+289"/>
        <source>Chair&apos;s briefing</source>
        <translation>Underlag inför dialog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Board:</source>
        <translation>&amp;Nämnd:</translation>
    </message>
</context>
<context>
    <name>CeaseBoardDialog</name>
    <message>
        <location filename="../../jamdesk/ui/board_dialog.py" line="+10"/>
        <source>Deactivate {board}</source>
        <translation>Inaktivera {board}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ceased on:</source>
        <translation>&amp;Upphör den:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>deactivate board</source>
        <translation>inaktivera nämnd</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../jamdesk/ui/attendance_model.py" line="-106"/>
        <location filename="../../jamdesk/ui/boards_page.py" line="-110"/>
        <location filename="../../jamdesk/ui/people_page.py" line="+59"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Called as</source>
        <translation>Kallad som</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serving for</source>
        <translation>Tjänstgör för</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/boards_page.py" line="+2"/>
        <location filename="../../jamdesk/ui/goals_page.py" line="+80"/>
        <location filename="../../jamdesk/ui/overview_page.py" line="+325"/>
        <location filename="../../jamdesk/ui/people_page.py" line="+2"/>
        <location filename="../../jamdesk/ui/review_tabs.py" line="+136"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Administration</source>
        <translation>Förvaltning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chair</source>
        <translation>Ordförande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation>Förvaltningschef</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active from</source>
        <translation>Aktiv från</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/action_plan_tab.py" line="+46"/>
        <location filename="../../jamdesk/ui/boards_page.py" line="+4"/>
        <location filename="../../jamdesk/ui/commitments_page.py" line="+49"/>
        <location filename="../../jamdesk/ui/goals_page.py" line="+7"/>
        <location filename="../../jamdesk/ui/questions_page.py" line="+47"/>
        <location filename="../../jamdesk/ui/requests_page.py" line="+53"/>
        <location filename="../../jamdesk/ui/review_tabs.py" line="+117"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/overview_page.py" line="-10"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/action_plan_tab.py" line="-5"/>
        <location filename="../../jamdesk/ui/commitments_page.py" line="-15"/>
        <location filename="../../jamdesk/ui/overview_page.py" line="+1"/>
        <location filename="../../jamdesk/ui/requests_page.py" line="-14"/>
        <source>Due</source>
        <translation>Sista datum</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/commitments_page.py" line="+10"/>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../jamdesk/ui/questions_page.py" line="-17"/>
        <location filename="../../jamdesk/ui/requests_page.py" line="+27"/>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../jamdesk/ui/questions_page.py" line="+5"/>
        <location filename="../../jamdesk/ui/requests_page.py" line="+5"/>
        <source>Meeting kind</source>
        <translation>Mötestyp</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/agenda_editor.py" line="-161"/>
        <source>Proposed item</source>
        <translation>Föreslagen punkt</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/action_plan_tab.py" line="-2"/>
        <location filename="../../jamdesk/ui/agenda_editor.py" line="+1"/>
        <location filename="../../jamdesk/ui/commitments_page.py" line="-23"/>
        <location filename="../../jamdesk/ui/overview_page.py" line="+1"/>
        <location filename="../../jamdesk/ui/people_page.py" line="+5"/>
        <location filename="../../jamdesk/ui/questions_page.py" line="+4"/>
        <location filename="../../jamdesk/ui/requests_page.py" line="-31"/>
        <location filename="../../jamdesk/ui/review_tabs.py" line="-124"/>
        <location line="+116"/>
        <location filename="../../jamdesk/ui/year_view.py" line="+76"/>
        <source>Board</source>
        <translation>Nämnd</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/agenda_editor.py" line="+1"/>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/overview_page.py" line="+1"/>
        <source>Reporting request</source>
        <translation>Begäran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boards</source>
        <translation>Nämnder</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/commitments_page.py" line="+2"/>
        <location filename="../../jamdesk/ui/overview_page.py" line="+5"/>
        <source>Commitment</source>
        <translation>Åtagande</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/overview_page.py" line="+8"/>
        <location filename="../../jamdesk/ui/questions_page.py" line="+13"/>
        <location filename="../../jamdesk/ui/requests_page.py" line="+21"/>
        <source>Answered</source>
        <translation>Besvarad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asked</source>
        <translation>Ställd</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../jamdesk/ui/question_bank_dialog.py" line="+71"/>
        <location filename="../../jamdesk/ui/questions_page.py" line="-11"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../jamdesk/ui/year_view.py" line="+1"/>
        <source>Last dialogue</source>
        <translation>Senaste dialog</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/year_view.py" line="-14"/>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>Maj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oct</source>
        <translation>Okt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dec</source>
        <translation>Dec</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/goals_page.py" line="-3"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../jamdesk/ui/people_page.py" line="-1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/people_page.py" line="+3"/>
        <source>Delegation seat</source>
        <translation>Plats i delegationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/question_bank_dialog.py" line="+1"/>
        <source>3R/4R step</source>
        <translation>3R/4R-steg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting kinds</source>
        <translation>Mötestyper</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../jamdesk/ui/review_tabs.py" line="-99"/>
        <location line="+111"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use</source>
        <translation>I bruk</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/meeting_recorder_models.py" line="+33"/>
        <source>Recorded</source>
        <translation>Registrerat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer or due date</source>
        <translation>Svar eller sista datum</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/requests_page.py" line="-19"/>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/review_tabs.py" line="-132"/>
        <source>Reviewed on</source>
        <translation>Granskad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document date</source>
        <translation>Dokumentdatum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Findings</source>
        <translation>Iakttagelser</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Identified on</source>
        <translation>Identifierat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Development need</source>
        <translation>Utvecklingsbehov</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/action_plan_tab.py" line="-12"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Priority</source>
        <translation>Prioritering</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resources</source>
        <translation>Resurser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/search_popup.py" line="+77"/>
        <source>Found</source>
        <translation>Träff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/minutes_model.py" line="+32"/>
        <source>§</source>
        <translation>§</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dnr</source>
        <translation>Dnr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
</context>
<context>
    <name>CommitmentEditor</name>
    <message>
        <location filename="../../jamdesk/ui/follow_up_editors.py" line="+153"/>
        <source>Edit commitment</source>
        <translation>Redigera åtagande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(nobody registered)</source>
        <translation>(ingen registrerad)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For instance: the social services manager</source>
        <translation>Till exempel: socialchefen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due by</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Commitment:</source>
        <translation>&amp;Åtagande:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsible &amp;person:</source>
        <translation>Ansvarig &amp;person:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Responsible (text):</source>
        <translation>A&amp;nsvarig (text):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due date:</source>
        <translation>&amp;Sista datum:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>edit commitment</source>
        <translation>ändra åtagande</translation>
    </message>
</context>
<context>
    <name>CommitmentForm</name>
    <message>
        <location filename="../../jamdesk/ui/meeting_entry_forms.py" line="-119"/>
        <source>New commitment</source>
        <translation>Nytt åtagande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boar&amp;d:</source>
        <translation>&amp;Nämnd:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made b&amp;y:</source>
        <translation>&amp;Lämnat av:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Commitment:</source>
        <translation>&amp;Åtagande:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a person or type who answers for it.</source>
        <translation>Välj en person eller skriv vem som ansvarar för det.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ponsible:</source>
        <translation>Ansvar&amp;ig:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;ue date:</source>
        <translation>&amp;Sista datum:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not named)</source>
        <translation>(inte angiven)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>record commitment</source>
        <translation>registrera åtagande</translation>
    </message>
</context>
<context>
    <name>CommitmentsPage</name>
    <message>
        <location filename="../../jamdesk/ui/commitments_page.py" line="+45"/>
        <source>Commitments</source>
        <translation>Åtaganden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No commitments yet — they are recorded when a board or manager promises something.</source>
        <translation>Inga åtaganden än — de registreras när en nämnd eller chef lovar något.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No commitments match these filters.</source>
        <translation>Inga åtaganden matchar filtren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commitment of {board}</source>
        <translation>Åtagande från {board}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} on {date}</source>
        <translation>{kind} {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised by</source>
        <translation>Lämnat av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on</source>
        <translation>Gjort den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made at</source>
        <translation>Gjort vid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Sista datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Försenat</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The commitment is “{status}”: its status can no longer change.</source>
        <translation>Åtagandet har status ”{status}”: dess status kan inte längre ändras.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete the commitment “{commitment}” with its history?</source>
        <translation>Ta bort åtagandet ”{commitment}” med dess historik?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>delete commitment</source>
        <translation>ta bort åtagande</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../jamdesk/ui/minutes_dialogs.py" line="+11"/>
        <source>Make a correction</source>
        <translation>Gör en rättelse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The protocol adjusted on {date} stays exactly as it is. The correction is a new record that refers to it: you add the paragraphs it corrects and adjust it on its own.</source>
        <translation>Protokollet som justerades {date} förblir exakt som det är. Rättelsen är en ny handling som hänvisar till det: du lägger till de paragrafer som rättas och justerar rättelsen för sig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The notes adjusted on {date} stay exactly as they are. The correction is a new record that refers to them: you add the items it corrects and adjust it on its own.</source>
        <translation>Minnesanteckningarna som justerades {date} förblir exakt som de är. Rättelsen är en ny handling som hänvisar till dem: du lägger till de punkter som rättas och justerar rättelsen för sig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. The decision in § 48 named the wrong board.</source>
        <translation>t.ex. Beslutet i § 48 angav fel nämnd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason for the correction:</source>
        <translation>&amp;Skäl till rättelsen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Make the correction</source>
        <translation>&amp;Gör rättelsen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>make a correction</source>
        <translation>gör en rättelse</translation>
    </message>
</context>
<context>
    <name>DocumentExport</name>
    <message>
        <location filename="../../jamdesk/ui/document_export.py" line="+74"/>
        <source>JämDesk</source>
        <translation>JämDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}

Choose another template under Tools → Settings, or JämDesk&apos;s own.</source>
        <translation>{problem}

Välj en annan mall under Verktyg → Inställningar, eller JämDesks egen.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Notice with the agenda</source>
        <translation>Kallelse med föredragningslista</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export document</source>
        <translation>Exportera dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which document of the meeting on {date}?</source>
        <translation>Vilket dokument från mötet {date} vill du exportera?</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Correction {number} of the minutes</source>
        <translation>Rättelse {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minutes (protocol)</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes (notes)</source>
        <translation>Minnesanteckningar</translation>
    </message>
</context>
<context>
    <name>DomainError</name>
    <message>
        <location filename="../../jamdesk/commands/check_command.py" line="+13"/>
        <source>{path} is damaged and cannot be read ({reason}). Open your latest backup.</source>
        <translation>{path} är skadad och kan inte läsas ({reason}). Öppna din senaste säkerhetskopia.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/commands/list_command.py" line="+36"/>
        <source>JämDesk could not read all of {path} ({reason}). Run “jamdesk check --db {path}” to see what is wrong.</source>
        <translation>JämDesk kunde inte läsa hela {path} ({reason}). Kör ”jamdesk check --db {path}” för att se vad som är fel.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/action_plan.py" line="+45"/>
        <source>The action</source>
        <translation>Åtgärden</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/boards.py" line="+43"/>
        <source>The board&apos;s name</source>
        <translation>Nämndens namn</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/commitments.py" line="+75"/>
        <source>The commitment</source>
        <translation>Åtagandet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An open commitment needs a due date: by when is it to be kept?</source>
        <translation>Ett öppet åtagande behöver ett sista datum: när ska det vara uppfyllt?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The due date {due} comes before the commitment was made ({made}).</source>
        <translation>Sista datum {due} ligger före den dag då åtagandet gjordes ({made}).</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/dates.py" line="+22"/>
        <source>Write the date as YYYY-MM-DD, not “{text}”.</source>
        <translation>Skriv datumet som ÅÅÅÅ-MM-DD, inte ”{text}”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The date {text} does not exist.</source>
        <translation>Datumet {text} finns inte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write the time as HH.MM, not “{text}”.</source>
        <translation>Skriv tiden som TT.MM, inte ”{text}”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The time {text} does not exist.</source>
        <translation>Klockslaget {text} finns inte.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/goals.py" line="+39"/>
        <source>The title</source>
        <translation>Titeln</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/meetings.py" line="+111"/>
        <source>The meeting ends ({end}) before it starts ({start}).</source>
        <translation>Mötet slutar ({end}) innan det börjar ({start}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A dialogue needs at least one board.</source>
        <translation>En dialog behöver minst en nämnd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A board is listed twice for the meeting.</source>
        <translation>En nämnd är angiven två gånger för mötet.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Only a substitute who is serving can serve for someone.</source>
        <translation>Endast en ersättare som tjänstgör kan tjänstgöra för någon.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A substitute cannot serve for themselves.</source>
        <translation>En ersättare kan inte tjänstgöra för sig själv.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The item&apos;s title</source>
        <translation>Punktens rubrik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agenda items are numbered from 1.</source>
        <translation>Punkterna på dagordningen numreras från 1.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/minutes.py" line="+46"/>
        <source>The body</source>
        <translation>Organet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adjusted minutes need the date of adjustment.</source>
        <translation>Ett justerat protokoll behöver ett justeringsdatum.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The heading</source>
        <translation>Rubriken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paragraphs are numbered from § 1.</source>
        <translation>Paragraferna numreras från § 1.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/organisation.py" line="+28"/>
        <source>The diary-number pattern “{pattern}” has an unknown placeholder; use {{series}}, {{year}}, {{yy}} and {{number}}.</source>
        <translation>Diarienummermönstret ”{pattern}” har en okänd platshållare; använd {{series}}, {{year}}, {{yy}} och {{number}}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The diary-number pattern “{pattern}” must hold {{number}} exactly once.</source>
        <translation>Diarienummermönstret ”{pattern}” måste innehålla {{number}} exakt en gång.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A diary number must be 1 or higher.</source>
        <translation>Ett diarienummer måste vara 1 eller högre.</translation>
    </message>
    <message>
        <location line="+75"/>
        <location filename="../../jamdesk/domain/people.py" line="+54"/>
        <source>The name</source>
        <translation>Namnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The delegation&apos;s name</source>
        <translation>Delegationens namn</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/people.py" line="+4"/>
        <source>“{email}” is not an e-mail address.</source>
        <translation>”{email}” är inte en e-postadress.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/periods.py" line="+14"/>
        <source>The end date {end} comes before the start {start}.</source>
        <translation>Slutdatumet {end} ligger före startdatumet {start}.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/question_bank.py" line="+46"/>
        <location filename="../../jamdesk/domain/questions.py" line="+50"/>
        <location filename="../../jamdesk/services/questions.py" line="+66"/>
        <location line="+8"/>
        <source>The question</source>
        <translation>Frågan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose at least one kind of meeting the question suits.</source>
        <translation>Välj minst en mötestyp som frågan passar för.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/questions.py" line="+4"/>
        <source>An answered question needs its answer.</source>
        <translation>En besvarad fråga behöver sitt svar.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/requests.py" line="+89"/>
        <source>What to report</source>
        <translation>Vad som ska återrapporteras</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The due date {due} comes before the request was made ({made}).</source>
        <translation>Sista datum {due} ligger före den dag då begäran gjordes ({made}).</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/reviews.py" line="+44"/>
        <source>The development need</source>
        <translation>Utvecklingsbehovet</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The document&apos;s title</source>
        <translation>Dokumentets titel</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/text.py" line="+13"/>
        <source>{label} cannot be empty.</source>
        <translation>{label} måste fyllas i.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/transitions.py" line="+20"/>
        <source>The status cannot change from “{old}” to “{new}”.</source>
        <translation>Status kan inte ändras från ”{old}” till ”{new}”.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/services/agenda.py" line="+94"/>
        <source>The item “{title}” is recorded in adjusted minutes, so it cannot be removed.</source>
        <translation>Punkten ”{title}” finns i ett justerat protokoll och kan därför inte tas bort.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The item already refers to that record.</source>
        <translation>Punkten hänvisar redan till den posten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The item does not refer to that record.</source>
        <translation>Punkten hänvisar inte till den posten.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a position from 1 to {last}.</source>
        <translation>Välj en plats från 1 till {last}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The item refers to the same record twice.</source>
        <translation>Punkten hänvisar till samma post två gånger.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/services/boards.py" line="+91"/>
        <source>{name} cannot cease on {on}: it has existed only since {start}. Choose a date on or after {start}.</source>
        <translation>{name} kan inte upphöra {on}: den har bara funnits sedan {start}. Välj {start} eller ett senare datum.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>That person is not a contact of the board any more.</source>
        <translation>Den personen är inte längre kontaktperson för nämnden.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/services/commitments.py" line="+113"/>
        <source>The change cannot be dated {on}: the commitment was made on {made}.</source>
        <translation>Ändringen kan inte dateras {on}: åtagandet gjordes {made}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A reporting request came from this commitment, so the commitment cannot be deleted.</source>
        <translation>En begäran om återrapportering bygger på det här åtagandet, så åtagandet kan inte tas bort.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The commitment is on the agenda of the meeting on {date}; take it off that agenda before deleting it.</source>
        <translation>Åtagandet står på dagordningen för mötet {date}; ta bort det från dagordningen innan du tar bort åtagandet.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/services/example/municipality.py" line="+173"/>
        <source>The store already holds data; write the example to a new file.</source>
        <translation>Datafilen innehåller redan uppgifter; skriv exemplet till en ny fil.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>JämDesk could not write {path}: {reason}.</source>
        <translation>JämDesk kunde inte skriva {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{path} is a folder; name a file to write.</source>
        <translation>{path} är en mapp; ange en fil att skriva till.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} already exists; use --force to replace it.</source>
        <translation>{path} finns redan; använd --force för att ersätta den.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../jamdesk/store/database.py" line="+134"/>
        <source>The folder {folder} does not exist. Create it or choose another.</source>
        <translation>Mappen {folder} finns inte. Skapa den eller välj en annan.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/services/goals.py" line="+22"/>
        <source>The code {code} is already used by “{title}” ({kind}).</source>
        <translation>Koden {code} används redan av ”{title}” ({kind}).</translation>
    </message>
    <message>
        <location filename="../../jamdesk/services/meetings.py" line="+42"/>
        <source>The meeting has minutes, so it cannot be deleted. Cancel it instead.</source>
        <translation>Mötet har protokoll eller minnesanteckningar och kan därför inte tas bort. Ställ in det i stället.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Questions were recorded at the meeting, so it cannot be deleted. Cancel it instead.</source>
        <translation>Frågor har registrerats på mötet, så det kan inte tas bort. Ställ in det i stället.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Commitments were recorded at the meeting, so it cannot be deleted. Cancel it instead.</source>
        <translation>Åtaganden har registrerats på mötet, så det kan inte tas bort. Ställ in det i stället.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reporting requests refer to the meeting, so it cannot be deleted. Cancel it instead.</source>
        <translation>Begäranden om återrapportering hänvisar till mötet, så det kan inte tas bort. Ställ in det i stället.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Development needs refer to the meeting, so it cannot be deleted. Cancel it instead.</source>
        <translation>Utvecklingsbehov hänvisar till mötet, så det kan inte tas bort. Ställ in det i stället.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Document reviews refer to the meeting, so it cannot be deleted. Cancel it instead.</source>
        <translation>Granskningar av styrdokument hänvisar till mötet, så det kan inte tas bort. Ställ in det i stället.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The meeting&apos;s minutes are adjusted, so its date, time, place, boards and participants stay as the minutes record them.</source>
        <translation>Mötets protokoll är justerat, så datum, tid, plats, nämnder och deltagare förblir som protokollet anger dem.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>The meeting has minutes, so it cannot be cancelled.</source>
        <translation>Mötet har protokoll eller minnesanteckningar och kan därför inte ställas in.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>The board {name} ceased on {active_to}, before next year&apos;s date {date}; plan next year&apos;s meeting without it instead.</source>
        <translation>Nämnden {name} upphörde {active_to}, före nästa års datum {date}; planera nästa års möte utan den i stället.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} is called twice; call each person once.</source>
        <translation>{name} är kallad två gånger; kalla varje person en gång.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A substitute serves for {name} at the meeting; change that first.</source>
        <translation>En ersättare tjänstgör för {name} på mötet; ändra det först.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{name} is not among the meeting&apos;s participants; call them first.</source>
        <translation>{name} finns inte bland mötets deltagare; kalla personen först.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The board {name} had ceased on {date} (it was active until {active_to}).</source>
        <translation>Nämnden {name} hade upphört {date} (den var aktiv till {active_to}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The board {name} did not exist yet on {date} (it starts on {active_from}).</source>
        <translation>Nämnden {name} fanns ännu inte {date} (den börjar {active_from}).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The meeting&apos;s minutes are numbered in {year}, so the meeting must stay in {year}.</source>
        <translation>Mötets protokoll är numrerat för {year}, så mötet måste ligga kvar i {year}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Records of the meeting concern {name}, so the board must stay on the meeting.</source>
        <translation>Uppgifter från mötet gäller {name}, så nämnden måste finnas kvar på mötet.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/services/minutes.py" line="+33"/>
        <source>Adjusted minutes cannot change; make a correction instead.</source>
        <translation>Ett justerat protokoll kan inte ändras; gör en rättelse i stället.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>A cancelled meeting has no minutes.</source>
        <translation>Ett inställt möte har inget protokoll.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The meeting already has minutes; open them instead.</source>
        <translation>Mötet har redan protokoll eller minnesanteckningar; öppna dem i stället.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Only a correction has a reason for the correction.</source>
        <translation>Endast en rättelse kan ha ett skäl till rättelse.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>An adjuster is chosen twice.</source>
        <translation>En justerare är vald två gånger.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose at least one adjuster before adjusting a protocol.</source>
        <translation>Välj minst en justerare innan protokollet justeras.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The minutes have no paragraphs yet, so nothing to adjust.</source>
        <translation>Protokollet har ännu inga paragrafer, så det finns inget att justera.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>These minutes are not adjusted yet; change them instead of correcting them.</source>
        <translation>Protokollet är inte justerat än; ändra det i stället för att göra en rättelse.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Later minutes already continue the § numbering, so these minutes cannot be deleted.</source>
        <translation>Senare protokoll fortsätter redan paragrafnumreringen, så det här protokollet kan inte tas bort.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A sent reporting request cites these minutes, so they cannot be deleted.</source>
        <translation>En skickad begäran om återrapportering hänvisar till det här protokollet, så det kan inte tas bort.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Later minutes already continue the § numbering, so § {number} cannot be removed. Change its text instead (for example: the item was withdrawn).</source>
        <translation>Senare protokoll fortsätter redan paragrafnumreringen, så § {number} kan inte tas bort. Ändra texten i stället (till exempel: ärendet drogs tillbaka).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The reason for the correction</source>
        <translation>Skälet till rättelsen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Give the number of the paragraph this correction corrects: one of {numbers}.</source>
        <translation>Ange numret på den paragraf som rättelsen gäller: ett av {numbers}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The correction already corrects paragraph {number}.</source>
        <translation>Rättelsen gäller redan paragraf {number}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paragraph numbers run on by themselves; leave the number empty.</source>
        <translation>Paragrafnumren löper på av sig själva; lämna numret tomt.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A sent reporting request cites paragraph {cited}, so paragraph {number} cannot be removed. Change its text instead.</source>
        <translation>En skickad begäran om återrapportering hänvisar till paragraf {cited}, så paragraf {number} kan inte tas bort. Ändra texten i stället.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Minutes cannot be adjusted on {day}, before the meeting ({date}).</source>
        <translation>Protokollet kan inte justeras {day}, före mötet ({date}).</translation>
    </message>
    <message>
        <location filename="../../jamdesk/services/people.py" line="+38"/>
        <source>{name} already has a seat in the delegation from {start}. One person holds one seat at a time: end that seat first or choose other dates.</source>
        <translation>{name} har redan en plats i delegationen från {start}. En person har en plats i taget: avsluta den platsen först eller välj andra datum.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} is chair of the delegation from {start}. The delegation has one chair at a time: end that term first or choose other dates.</source>
        <translation>{name} är delegationens ordförande från {start}. Delegationen har en ordförande i taget: avsluta det uppdraget först eller välj andra datum.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is vice chair of the delegation from {start}. The delegation has one vice chair at a time: end that term first or choose other dates.</source>
        <translation>{name} är delegationens vice ordförande från {start}. Delegationen har en vice ordförande i taget: avsluta det uppdraget först eller välj andra datum.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/services/question_bank.py" line="+26"/>
        <source>There is no question with id {id} in the bank.</source>
        <translation>Det finns ingen fråga med id {id} i frågebanken.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Choose at least one question from the bank.</source>
        <translation>Välj minst en fråga ur frågebanken.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/services/questions.py" line="+13"/>
        <source>A commitment came from this question, so the question cannot be deleted.</source>
        <translation>Ett åtagande bygger på den här frågan, så frågan kan inte tas bort.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A reporting request came from this question, so the question cannot be deleted.</source>
        <translation>En begäran om återrapportering bygger på den här frågan, så frågan kan inte tas bort.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The question is on the agenda of the meeting on {date}; take it off that agenda before deleting it.</source>
        <translation>Frågan står på dagordningen för mötet {date}; ta bort den från dagordningen innan du tar bort frågan.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The answer</source>
        <translation>Svaret</translation>
    </message>
    <message>
        <location filename="../../jamdesk/services/requests.py" line="+83"/>
        <source>A request that is “{status}” can no longer be changed: only drafts and requests for a supplement can.</source>
        <translation>En begäran med status ”{status}” kan inte längre ändras: det går bara med utkast och med begäranden där en komplettering har begärts.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The due date {on} comes before the supplement was requested ({earlier}).</source>
        <translation>Sista datum {on} ligger före den dag då kompletteringen begärdes ({earlier}).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The request cannot be sent on {on}: it was made on {earlier}.</source>
        <translation>Begäran kan inte skickas {on}: den gjordes {earlier}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The answer cannot have come on {on}: the request was sent on {earlier}.</source>
        <translation>Svaret kan inte ha kommit {on}: begäran skickades {earlier}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The supplement cannot have come on {on}: it was requested on {earlier}.</source>
        <translation>Kompletteringen kan inte ha kommit {on}: den begärdes {earlier}.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The answer cannot be assessed on {on}: it came on {earlier}.</source>
        <translation>Svaret kan inte bedömas {on}: det kom {earlier}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new due date is only given when a supplement is requested.</source>
        <translation>Ett nytt sista datum anges bara när en komplettering begärs.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The supplement cannot be due on {on}, before it is requested ({earlier}).</source>
        <translation>Kompletteringen kan inte ha sista datum {on}, före den dag då den begärs ({earlier}).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The request was sent to the board, so it cannot be deleted; only drafts can.</source>
        <translation>Begäran har skickats till nämnden och kan därför inte tas bort; det går bara med utkast.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The request is on the agenda of the meeting on {date}; take it off that agenda before deleting it.</source>
        <translation>Begäran står på dagordningen för mötet {date}; ta bort den från dagordningen innan du tar bort begäran.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/store/database.py" line="-47"/>
        <source>{path} is a folder, not a JämDesk file.</source>
        <translation>{path} är en mapp, inte en JämDesk-fil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no file {path}.</source>
        <translation>Filen {path} finns inte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is empty, not a JämDesk file; it was not changed.</source>
        <translation>{path} är tom och alltså inte en JämDesk-fil; den har inte ändrats.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>JämDesk may not write in the folder {folder}. Choose a folder you can write to.</source>
        <translation>JämDesk får inte skriva i mappen {folder}. Välj en mapp som du kan skriva i.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>JämDesk may not read {path}. Check the file&apos;s permissions.</source>
        <translation>JämDesk får inte läsa {path}. Kontrollera filens behörigheter.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file {path} is read-only. Make it writable or open a copy of it.</source>
        <translation>Filen {path} är skrivskyddad. Ta bort skrivskyddet eller öppna en kopia av den.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>JämDesk may not write in the folder {folder}, which it needs for its work files. Move the file to a folder you can write to.</source>
        <translation>JämDesk får inte skriva i mappen {folder}, och det behövs för programmets arbetsfiler. Flytta filen till en mapp som du kan skriva i.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The file {path} was saved by a newer JämDesk (format {found}; this version reads up to {known}). Update JämDesk to open it; the file was not changed.</source>
        <translation>Filen {path} har sparats av en nyare version av JämDesk (format {found}; den här versionen läser till och med format {known}). Uppdatera JämDesk för att öppna den; filen har inte ändrats.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{path} is not a JämDesk file. Choose a file that JämDesk saved; this one was not changed.</source>
        <translation>{path} är inte en JämDesk-fil. Välj en fil som JämDesk har sparat; den här filen har inte ändrats.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+42"/>
        <source>The disk holding {path} is full. Free some space and try again.</source>
        <translation>Disken där {path} ligger är full. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+28"/>
        <source>JämDesk may not write {path}. Choose a place you can write to.</source>
        <translation>JämDesk får inte skriva {path}. Välj en plats där du kan skriva.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>JämDesk cannot use {path}: {reason}.</source>
        <translation>JämDesk kan inte använda {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{path} is damaged or not a JämDesk file. Open your latest backup instead; this file was not changed.</source>
        <translation>{path} är skadad eller inte en JämDesk-fil. Öppna din senaste säkerhetskopia i stället; den här filen har inte ändrats.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>JämDesk cannot open {path}. Check that the folder exists and that you may write in it.</source>
        <translation>JämDesk kan inte öppna {path}. Kontrollera att mappen finns och att du får skriva i den.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>JämDesk could not use {path}: {reason}.</source>
        <translation>JämDesk kunde inte använda {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/store/errors.py" line="+27"/>
        <source>The file {path} is in use by another program. Close that program (or the other JämDesk window) and try again.</source>
        <translation>Filen {path} används av ett annat program. Stäng det programmet (eller det andra JämDesk-fönstret) och försök igen.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/store/history.py" line="+115"/>
        <source>The change cannot be dated {on}: the previous change was made on {previous}.</source>
        <translation>Ändringen kan inte dateras {on}: den föregående ändringen gjordes {previous}.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/store/references.py" line="+34"/>
        <source>There is no board with id {id}.</source>
        <translation>Det finns ingen nämnd med id {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no person with id {id}.</source>
        <translation>Det finns ingen person med id {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no delegation seat with id {id}.</source>
        <translation>Det finns ingen plats i delegationen med id {id}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no goal with id {id}.</source>
        <translation>Det finns inget mål med id {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no meeting with id {id}.</source>
        <translation>Det finns inget möte med id {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no agenda item with id {id}.</source>
        <translation>Det finns ingen punkt på dagordningen med id {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no question with id {id}.</source>
        <translation>Det finns ingen fråga med id {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no commitment with id {id}.</source>
        <translation>Det finns inget åtagande med id {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no reporting request with id {id}.</source>
        <translation>Det finns ingen begäran om återrapportering med id {id}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no minutes with id {id}.</source>
        <translation>Det finns inget protokoll och inga minnesanteckningar med id {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no paragraph with id {id}.</source>
        <translation>Det finns ingen paragraf med id {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no development need with id {id}.</source>
        <translation>Det finns inget utvecklingsbehov med id {id}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no document review with id {id}.</source>
        <translation>Det finns ingen granskning av styrdokument med id {id}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no action with id {id} in the plan.</source>
        <translation>Det finns ingen åtgärd med id {id} i handlingsplanen.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The agenda item chosen belongs to another meeting than this one.</source>
        <translation>Den valda punkten på dagordningen hör till ett annat möte än det här.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The paragraph chosen is in the minutes of another meeting than this one.</source>
        <translation>Den valda paragrafen finns i protokollet från ett annat möte än det här.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/store/undo.py" line="+92"/>
        <source>Adjusted minutes cannot change, so this step cannot be undone; make a correction instead. Nothing was changed.</source>
        <translation>Ett justerat protokoll kan inte ändras, så det här steget kan inte ångras; gör en rättelse i stället. Ingenting har ändrats.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This change can no longer be undone: {reason}. Nothing was changed.</source>
        <translation>Ändringen kan inte längre ångras: {reason}. Ingenting har ändrats.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/application.py" line="-39"/>
        <source>JämDesk could not create its folder {folder}: {reason}. Check that you may write there, or start JämDesk with --db FILE.</source>
        <translation>JämDesk kunde inte skapa sin mapp {folder}: {reason}. Kontrollera att du får skriva där, eller starta JämDesk med --db FIL.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/services/agenda_proposals.py" line="+250"/>
        <source>Choose at least one proposal to add.</source>
        <translation>Välj minst ett förslag att lägga till.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/meeting_entry_forms.py" line="-55"/>
        <source>Choose the board.</source>
        <translation>Välj nämnd.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/review_dialogs.py" line="-135"/>
        <source>Choose the board whose document was reviewed.</source>
        <translation>Välj den nämnd vars dokument har granskats.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/export/templates.py" line="+32"/>
        <source>The template {path} contains macros (a .docm or .dotm file). JämDesk does not run macros: save the template in Word as a Word template (.dotx) and choose that.</source>
        <translation>Mallen {path} innehåller makron (en .docm- eller .dotm-fil). JämDesk kör inte makron: spara mallen i Word som en Word-mall (.dotx) och välj den i stället.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template {path} is not a Word document JämDesk can read. Choose a Word template (.dotx) or document (.docx).</source>
        <translation>Mallen {path} är inte ett Word-dokument som JämDesk kan läsa. Välj en Word-mall (.dotx) eller ett Word-dokument (.docx).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template {path} does not exist.</source>
        <translation>Mallen {path} finns inte.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/export/safe_write.py" line="+33"/>
        <source>The folder {folder} does not exist. Choose another folder.</source>
        <translation>Mappen {folder} finns inte. Välj en annan mapp.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Could not replace {path}: the file is open in another program or write-protected. Close it (for example in Word) and export again.</source>
        <translation>Det gick inte att ersätta {path}: filen är öppen i ett annat program eller skrivskyddad. Stäng den (till exempel i Word) och exportera igen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not save {path}: the disk is full. Free some space or choose another folder, then export again.</source>
        <translation>Det gick inte att spara {path}: disken är full. Frigör utrymme eller välj en annan mapp och exportera sedan igen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You may not save files in the folder {folder}. Choose another folder.</source>
        <translation>Du har inte behörighet att spara filer i mappen {folder}. Välj en annan mapp.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not save {path}: {reason}.</source>
        <translation>Det gick inte att spara {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/services/document_data/minutes.py" line="+68"/>
        <source>The minutes with id {id} are notes of a dialogue, not a protocol.</source>
        <translation>Handlingen med id {id} är minnesanteckningar från en dialog, inte ett protokoll.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The minutes with id {id} are a protocol, not notes of a dialogue.</source>
        <translation>Handlingen med id {id} är ett protokoll, inte minnesanteckningar från en dialog.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/services/document_data/report.py" line="+64"/>
        <source>The period starts on {start}, after it ends on {end}. Choose a start on or before the end.</source>
        <translation>Perioden börjar {start}, vilket är efter slutdatumet {end}. Välj ett startdatum som inte ligger efter slutdatumet.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/services/documents.py" line="+69"/>
        <source>The meeting on {date} has no minutes yet. Draft them in the meeting first.</source>
        <translation>Mötet {date} har ännu inget protokoll och inga minnesanteckningar. Skriv ett utkast i mötet först.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/export_dialogs.py" line="-256"/>
        <source>Choose the board or the goal the report follows up.</source>
        <translation>Välj den nämnd eller det mål som rapporten följer upp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the board the briefing is about.</source>
        <translation>Välj den nämnd som underlaget gäller.</translation>
    </message>
</context>
<context>
    <name>DomainLabel</name>
    <message>
        <location filename="../../jamdesk/domain/action_plan.py" line="-24"/>
        <location filename="../../jamdesk/domain/meetings.py" line="-179"/>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongoing</source>
        <translation>Pågående</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../jamdesk/domain/meetings.py" line="+2"/>
        <source>Cancelled</source>
        <translation>Inställd</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/boards.py" line="-22"/>
        <source>Board</source>
        <translation>Nämnd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executive board</source>
        <translation>Styrelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Bolag</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/commitments.py" line="-64"/>
        <location filename="../../jamdesk/domain/questions.py" line="-34"/>
        <location filename="../../jamdesk/domain/reviews.py" line="-69"/>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Pågående</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fulfilled</source>
        <translation>Uppfylld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not fulfilled</source>
        <translation>Ej uppfylld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Återtagen</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/goals.py" line="-20"/>
        <source>Own goal</source>
        <translation>Eget mål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National sub-goal</source>
        <translation>Nationellt delmål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charter article</source>
        <translation>Artikel i CEMR-deklarationen</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/meetings.py" line="-22"/>
        <source>Budget dialogue</source>
        <translation>Budgetdialog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results seminar</source>
        <translation>Resultatseminarium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in meeting</source>
        <translation>Avstämningsmöte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation meeting</source>
        <translation>Sammanträde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other meeting</source>
        <translation>Annat möte</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Held</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../../jamdesk/domain/people.py" line="-25"/>
        <source>Chair</source>
        <translation>Ordförande</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../jamdesk/domain/people.py" line="+1"/>
        <source>Vice chair</source>
        <translation>Vice ordförande</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../jamdesk/domain/people.py" line="+1"/>
        <source>Member</source>
        <translation>Ledamot</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../jamdesk/domain/people.py" line="+1"/>
        <source>Substitute</source>
        <translation>Ersättare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretary</source>
        <translation>Sekreterare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board representative</source>
        <translation>Nämndföreträdare</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../jamdesk/domain/people.py" line="-15"/>
        <source>Official</source>
        <translation>Tjänsteperson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest</source>
        <translation>Gäst</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not recorded</source>
        <translation>Ej noterad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>Frånvarande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Substitute serving</source>
        <translation>Tjänstgörande ersättare</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Opening</source>
        <translation>Inledning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../jamdesk/services/agenda_proposals.py" line="-207"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/minutes.py" line="-64"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Minnesanteckningar</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/people.py" line="-1"/>
        <source>Politician</source>
        <translation>Politiker</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/question_bank.py" line="-27"/>
        <source>Representation</source>
        <translation>Representation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources</source>
        <translation>Resurser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Realia</source>
        <translation>Realia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Realise (4R)</source>
        <translation>Realisera (4R)</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/questions.py" line="+1"/>
        <location filename="../../jamdesk/domain/requests.py" line="-69"/>
        <source>Answered</source>
        <translation>Besvarad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs follow-up</source>
        <translation>Behöver följas upp</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/requests.py" line="-2"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessed sufficient</source>
        <translation>Bedömd som tillräcklig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplement requested</source>
        <translation>Komplettering begärd</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Statistics by sex</source>
        <translation>Könsuppdelad statistik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource-allocation analysis</source>
        <translation>Analys av resursfördelning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concrete measures</source>
        <translation>Konkreta åtgärder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written report</source>
        <translation>Skriftlig redovisning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oral report</source>
        <translation>Muntlig redovisning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other form</source>
        <translation>Annan form</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/reviews.py" line="+1"/>
        <source>Being addressed</source>
        <translation>Åtgärdas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business plan</source>
        <translation>Verksamhetsplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual report</source>
        <translation>Årsredovisning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interim report</source>
        <translation>Delårsrapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy or programme</source>
        <translation>Policy eller program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other document</source>
        <translation>Annat dokument</translation>
    </message>
    <message>
        <location filename="../../jamdesk/services/agenda_proposals.py" line="-2"/>
        <source>Commitment</source>
        <translation>Åtagande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting request</source>
        <translation>Begäran om återrapportering</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Commitment not yet kept</source>
        <translation>Åtagandet är ännu inte uppfyllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment overdue</source>
        <translation>Åtagandet är försenat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report due within 30 days of the meeting</source>
        <translation>Återrapportering ska lämnas inom 30 dagar från mötet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report overdue</source>
        <translation>Återrapporteringen är försenad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report answered, not yet assessed</source>
        <translation>Återrapporteringen har kommit in men är inte bedömd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question not yet answered</source>
        <translation>Frågan är ännu inte besvarad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer needs follow-up</source>
        <translation>Svaret behöver följas upp</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../../jamdesk/ui/meeting_entry_forms.py" line="+5"/>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
</context>
<context>
    <name>ExportDialogs</name>
    <message>
        <location filename="../../jamdesk/ui/export_dialogs.py" line="+26"/>
        <source>Export document</source>
        <translation>Exportera dokument</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export for the registry: choose a folder</source>
        <translation>Exportera till diariet: välj en mapp</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>… and {count} more</source>
        <translation>… och {count} till</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace files?</source>
        <translation>Ersätta filer?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder {folder} already holds %n of these documents. Replace them?

{names}</source>
        <translation>Mappen {folder} innehåller redan %n av dokumenten. Vill du ersätta dem?

{names}</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <location filename="../../jamdesk/ui/export_runner.py" line="+182"/>
        <source>Stopping after the document being written…</source>
        <translation>Avbryter när dokumentet som skrivs nu är klart…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting</source>
        <translation>Exporterar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Cancel</source>
        <translation>Avbr&amp;yt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing {name}…</source>
        <translation>Skriver {name}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing {number} of {count}…</source>
        <translation>Skriver {number} av {count}…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>JämDesk</source>
        <translation>JämDesk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The export was stopped after {written} of {count} documents.</source>
        <translation>Exporten avbröts efter {written} av {count} dokument.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Open file</source>
        <translation>&amp;Öppna filen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open fol&amp;der</source>
        <translation>Öppna &amp;mappen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved {name} in the folder {folder}.</source>
        <translation>{name} har sparats i mappen {folder}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {count} documents in the folder {folder}:</source>
        <translation>{count} dokument har sparats i mappen {folder}:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The documents written before are kept in the folder {folder}: {names}</source>
        <translation>De dokument som redan hade skrivits finns kvar i mappen {folder}: {names}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>… and {count} more</source>
        <translation>… och {count} till</translation>
    </message>
</context>
<context>
    <name>FollowUpDetail</name>
    <message>
        <location filename="../../jamdesk/ui/follow_up_detail.py" line="+83"/>
        <source>{kind} on {date}</source>
        <translation>{kind} {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{kind} on {date}: {title}</source>
        <translation>{kind} {date}: {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Taken up again on {date} ({kind}), item {number}: {title}</source>
        <translation>Togs upp igen {date} ({kind}), punkt {number}: {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agenda item {number}: {title}</source>
        <translation>Punkt {number} på dagordningen: {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>§ {number} {heading}</source>
        <translation>§ {number} {heading}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question asked on {date} ({status}): {text}</source>
        <translation>Fråga ställd {date} ({status}): {text}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commitment made on {date} ({status}): {text}</source>
        <translation>Åtagande gjort {date} ({status}): {text}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reporting request made on {date} ({status}): {text}</source>
        <translation>Begäran om återrapportering gjord {date} ({status}): {text}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer received on {date}, diary number {number} ({status})</source>
        <translation>Svar inkom {date}, diarienummer {number} ({status})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer received on {date} ({status})</source>
        <translation>Svar inkom {date} ({status})</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded as {status}</source>
        <translation>Registrerades som {status}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Came from</source>
        <translation>Kom från</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What followed</source>
        <translation>Vad som följde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing yet.</source>
        <translation>Inget än.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>FollowUpFilterBar</name>
    <message>
        <location filename="../../jamdesk/ui/follow_up_filters.py" line="+43"/>
        <source>Board</source>
        <translation>Nämnd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding</source>
        <translation>Utestående</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Overdue only</source>
        <translation>&amp;Bara försenade</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any time</source>
        <translation>när som helst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;lear filters</source>
        <translation>Rensa &amp;filter</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Board:</source>
        <translation>&amp;Nämnd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting &amp;kind:</source>
        <translation>Mötest&amp;yp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due &amp;within:</source>
        <translation>Sista datum &amp;inom:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>All boards</source>
        <translation>Alla nämnder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All goals</source>
        <translation>Alla mål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All years</source>
        <translation>Alla år</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../jamdesk/ui/follow_up_page.py" line="+344"/>
        <source>Choose a record in the list to see it here.</source>
        <translation>Välj en post i listan för att se den här.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../jamdesk/ui/goal_dialog.py" line="+26"/>
        <source>New goal</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit goal</source>
        <translation>Redigera mål</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Art. 12, 5 or M3</source>
        <translation>t.ex. Art. 12, 5 eller M3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goals of a kind are listed by this number.</source>
        <translation>Mål av samma typ listas i ordning efter det här numret.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offered for &amp;tagging</source>
        <translation>Kan &amp;väljas vid märkning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Position in list:</source>
        <translation>&amp;Plats i listan:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>add goal</source>
        <translation>lägg till mål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit goal</source>
        <translation>ändra mål</translation>
    </message>
</context>
<context>
    <name>GoalPicker</name>
    <message>
        <location filename="../../jamdesk/ui/goal_picker.py" line="+34"/>
        <source>Filter goals by code or title</source>
        <translation>Filtrera mål på kod eller rubrik</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{goal} (retired)</source>
        <translation>{goal} (ur bruk)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{kind} ({count} chosen)</source>
        <translation>{kind} ({count} valda)</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../jamdesk/ui/goals_page.py" line="-47"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show:</source>
        <translation>Vi&amp;sa:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;retired goals</source>
        <translation>Visa &amp;mål som tagits ur bruk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New goal…</source>
        <translation>&amp;Nytt mål…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ed&amp;it…</source>
        <translation>R&amp;edigera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deactivate</source>
        <translation>Ta &amp;ur bruk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;activate</source>
        <translation>Ta i bruk &amp;igen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>active</source>
        <translation>i bruk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>retired</source>
        <translation>ur bruk</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>reactivate goal</source>
        <translation>ta mål i bruk igen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deactivate goal</source>
        <translation>ta mål ur bruk</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No goals yet — add your own goals, the national sub-goals or the charter&apos;s articles.</source>
        <translation>Inga mål än — lägg till egna mål, de nationella delmålen eller deklarationens artiklar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No goals to show — choose “All kinds” or tick “Show retired goals”.</source>
        <translation>Inga mål att visa — välj ”Alla typer” eller kryssa i ”Visa mål som tagits ur bruk”.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../jamdesk/ui/main_window.py" line="+189"/>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Main toolbar</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo {change}</source>
        <translation>&amp;Ångra: {change}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo {change}</source>
        <translation>&amp;Gör om: {change}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>JämDesk — {organisation}</source>
        <translation>JämDesk — {organisation}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meetings: {count}</source>
        <translation>Möten: {count}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&lt;h3&gt;JämDesk {version}&lt;/h3&gt;&lt;p&gt;The desk of the gender-equality delegation&apos;s secretary: dialogues with the boards, questions, commitments, reporting requests and the documents for the registry.&lt;/p&gt;&lt;p&gt;Open store: {path}&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;JämDesk {version}&lt;/h3&gt;&lt;p&gt;Arbetsverktyget för jämställdhetsdelegationens sekreterare: dialoger med nämnderna, frågor, åtaganden, begäranden om återrapportering och handlingarna till diariet.&lt;/p&gt;&lt;p&gt;Öppen datafil: {path}&lt;/p&gt;&lt;p&gt;Fri programvara under GNU General Public License, version 3 eller senare.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About JämDesk</source>
        <translation>Om JämDesk</translation>
    </message>
</context>
<context>
    <name>MarkAnsweredDialog</name>
    <message>
        <location filename="../../jamdesk/ui/request_dialogs.py" line="-60"/>
        <source>Record the board&apos;s answer</source>
        <translation>Registrera nämndens svar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer&apos;s diary number</source>
        <translation>Svarets diarienummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Answer received on:</source>
        <translation>Svaret &amp;kom in den:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diary number:</source>
        <translation>&amp;Diarienummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>record answer to request</source>
        <translation>registrera svar på begäran</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <location line="-38"/>
        <source>Mark the request as sent</source>
        <translation>Markera begäran som skickad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For instance KS 2026/123</source>
        <translation>Till exempel KS 2026/123</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sent on:</source>
        <translation>&amp;Skickad den:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diary number:</source>
        <translation>&amp;Diarienummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>mark request sent</source>
        <translation>markera begäran som skickad</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../jamdesk/ui/meeting_dialog.py" line="+81"/>
        <source>&amp;Without end time</source>
        <translation>&amp;Utan sluttid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example: Budgetdialog 2027</source>
        <translation>Till exempel: Budgetdialog 2027</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boards taking part</source>
        <translation>Nämnder som deltar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Called</source>
        <translation>Kallade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person to add</source>
        <translation>Person att lägga till</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Plan a meeting</source>
        <translation>Planera ett möte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit the meeting</source>
        <translation>Redigera mötet</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>plan meeting</source>
        <translation>planera möte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>edit meeting</source>
        <translation>ändra möte</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{name} — {role}</source>
        <translation>{name} — {role}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{name} (ceased {date})</source>
        <translation>{name} (upphörde {date})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} (from {date})</source>
        <translation>{name} (från {date})</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Börjar:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Slutar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Boards taking part:</source>
        <translation>&amp;Nämnder som deltar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Called:</source>
        <translation>&amp;Kallade:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add pe&amp;rson:</source>
        <translation>Lägg till pers&amp;on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
</context>
<context>
    <name>MeetingRecorder</name>
    <message>
        <location filename="../../jamdesk/ui/meeting_recorder.py" line="+121"/>
        <source>write notes</source>
        <translation>skriv anteckningar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark meeting held</source>
        <translation>Markera mötet som genomfört</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Agenda items</source>
        <translation>Punkter på dagordningen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agenda has no items yet: what you record is kept for the whole meeting.</source>
        <translation>Dagordningen har inga punkter än: det du registrerar sparas för mötet som helhet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What was said at this item. Saved as you type.</source>
        <translation>Vad som sades vid punkten. Sparas medan du skriver.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{form} — Enter in the last field saves, Esc closes</source>
        <translation>{form} — Enter i sista fältet sparar, Esc stänger</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing recorded at this item yet — {shortcut} records a question.</source>
        <translation>Inget registrerat vid punkten än — {shortcut} registrerar en fråga.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The notes are not saved: {reason}</source>
        <translation>Anteckningarna är inte sparade: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes saved.</source>
        <translation>Anteckningarna är sparade.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>mark the meeting held</source>
        <translation>markera mötet som genomfört</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/meeting_recorder_models.py" line="+118"/>
        <source>Not recorded</source>
        <translation>Inte angiven</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No answer yet</source>
        <translation>Inget svar än</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{asker} to {board}</source>
        <translation>{asker} till {board}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Due {date}</source>
        <translation>Senast {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No due date</source>
        <translation>Inget sista datum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commitment</source>
        <translation>Åtagande</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Due {date} · {form} · {status}</source>
        <translation>Senast {date} · {form} · {status}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reporting request</source>
        <translation>Begäran om återrapportering</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/meeting_recorder.py" line="+56"/>
        <source>The meeting as a whole</source>
        <translation>Mötet som helhet</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Recorded at this item</source>
        <translation>Registrerat vid punkten</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{question} question · {commitment} commitment · {request} reporting request · {previous} / {next} previous / next item</source>
        <translation>{question} fråga · {commitment} åtagande · {request} begäran om återrapportering · {previous} / {next} föregående / nästa punkt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Agenda &amp;items:</source>
        <translation>Punkter på &amp;dagordningen:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note&amp;s:</source>
        <translation>Ant&amp;eckningar:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recorded at this ite&amp;m:</source>
        <translation>Registrerat vid &amp;punkten:</translation>
    </message>
</context>
<context>
    <name>MeetingWorkspace</name>
    <message>
        <location filename="../../jamdesk/ui/meeting_workspace.py" line="+44"/>
        <source>← &amp;Back to the meetings</source>
        <translation>← Till&amp;baka till mötena</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Dagordning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atte&amp;ndance</source>
        <translation>&amp;Närvaro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record</source>
        <translation>Ante&amp;ckna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Minutes</source>
        <translation>Proto&amp;koll</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{kind} {date}</source>
        <translation>{kind} {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{date}, {time} · {place} · {boards} · {status}</source>
        <translation>{date}, {time} · {place} · {boards} · {status}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no place given</source>
        <translation>ingen plats angiven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no boards</source>
        <translation>inga nämnder</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../jamdesk/ui/meetings_page.py" line="+95"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board</source>
        <translation>Nämnd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year view</source>
        <translation>Års&amp;översikt</translation>
    </message>
    <message>
        <location line="+239"/>
        <source>Delete meeting</source>
        <translation>Ta bort möte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the meeting “{meeting}”? Its agenda and the list of those called go with it.</source>
        <translation>Ta bort mötet ”{meeting}”? Dagordningen och listan över kallade tas bort samtidigt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>delete meeting</source>
        <translation>ta bort möte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>duplicate meeting to next year</source>
        <translation>kopiera möte till nästa år</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All years</source>
        <translation>Alla år</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All boards</source>
        <translation>Alla nämnder</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Ye&amp;ar:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Board:</source>
        <translation>&amp;Nämnd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>No meetings match these filters. Choose “All …” to see more.</source>
        <translation>Inga möten matchar filtren. Välj ”Alla …” för att se fler.</translation>
    </message>
    <message>
        <location line="-515"/>
        <location line="+512"/>
        <source>No meetings yet — plan the first one.</source>
        <translation>Inga möten än — planera det första.</translation>
    </message>
</context>
<context>
    <name>MeetingsTableModel</name>
    <message>
        <location filename="../../jamdesk/ui/meetings_model.py" line="+194"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boards</source>
        <translation>Nämnder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Called</source>
        <translation>Kallade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../jamdesk/ui/messages.py" line="+52"/>
        <source>JämDesk</source>
        <translation>JämDesk</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <location filename="../../jamdesk/ui/minutes_editor.py" line="+65"/>
        <source>No minutes yet</source>
        <translation>Inga protokoll eller minnesanteckningar än</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mar&amp;k adjusted…</source>
        <translation>&amp;Markera som justerat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ma&amp;ke a correction…</source>
        <translation>&amp;Gör en rättelse…</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>draft the protocol</source>
        <translation>skriv utkast till protokoll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>draft the notes</source>
        <translation>skriv utkast till minnesanteckningar</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Remove {number} “{heading}” from the correction?</source>
        <translation>Ta bort {number} ”{heading}” från rättelsen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove {number} “{heading}” from the protocol? The paragraphs after it move up one number.</source>
        <translation>Ta bort {number} ”{heading}” från protokollet? Paragraferna efter den flyttas upp ett nummer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove item {number} “{heading}” from the notes? The items after it move up one number.</source>
        <translation>Ta bort punkt {number} ”{heading}” från minnesanteckningarna? Punkterna efter den flyttas upp ett nummer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove paragraph</source>
        <translation>Ta bort paragraf</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>remove paragraph</source>
        <translation>ta bort paragraf</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>&amp;Draft the protocol</source>
        <translation>Skriv &amp;utkast till protokoll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Draft the notes</source>
        <translation>Skriv &amp;utkast till minnesanteckningar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The draft has a paragraph for every agenda item, written from the notes, questions, commitments and reporting requests recorded there. You then edit every paragraph.</source>
        <translation>Utkastet får en paragraf för varje punkt på dagordningen, skriven utifrån de anteckningar, frågor, åtaganden och begäranden om återrapportering som registrerats där. Sedan redigerar du varje paragraf.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Head of the minutes</source>
        <translation>Protokollshuvud</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/minutes_model.py" line="+14"/>
        <source>Summary:
{text}</source>
        <translation>Sammanfattning:
{text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision:
{text}</source>
        <translation>Beslut:
{text}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The decision is sent to: {names}</source>
        <translation>Beslutet skickas till: {names}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing written in this paragraph yet — Enter or F2 writes it.</source>
        <translation>Inget skrivet i paragrafen än — tryck Enter eller F2 för att skriva.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing written at this item yet — Enter or F2 writes it.</source>
        <translation>Inget skrivet vid punkten än — tryck Enter eller F2 för att skriva.</translation>
    </message>
</context>
<context>
    <name>MinutesHeader</name>
    <message>
        <location filename="../../jamdesk/ui/minutes_header.py" line="+79"/>
        <source>e.g. KS 2026/123</source>
        <translation>t.ex. KS 2026/123</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secretary</source>
        <translation>Sekreterare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adjusters</source>
        <translation>Justerare</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody takes part in the meeting yet: call people on the Attendance tab.</source>
        <translation>Ingen deltar i mötet än: kalla deltagare under fliken Närvaro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Kommunhuset</source>
        <translation>t.ex. Kommunhuset</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Set</source>
        <translation>Ange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diar&amp;y number:</source>
        <translation>D&amp;iarienummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Secretary:</source>
        <translation>&amp;Sekreterare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad&amp;justers:</source>
        <translation>&amp;Justerare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place of adjustment:</source>
        <translation>Justeringens p&amp;lats:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date of adjustment:</source>
        <translation>Justeringsdat&amp;um:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time of adj&amp;ustment:</source>
        <translation>Just&amp;eringstid:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the &amp;correction:</source>
        <translation>Sk&amp;äl till rättelsen:</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>change the minutes&apos; diary number or secretary</source>
        <translation>ändra protokollets diarienummer eller sekreterare</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>choose adjusters</source>
        <translation>välj justerare</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>change the place and time of adjustment</source>
        <translation>ändra justeringens plats och tid</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>change the reason for the correction</source>
        <translation>ändra skälet till rättelsen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(nobody chosen)</source>
        <translation>(ingen vald)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message>
        <location filename="../../jamdesk/ui/review_dialogs.py" line="+30"/>
        <source>New development need</source>
        <translation>Nytt utvecklingsbehov</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit development need</source>
        <translation>Redigera utvecklingsbehov</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no one board)</source>
        <translation>(ingen särskild nämnd)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Development need:</source>
        <translation>&amp;Utvecklingsbehov:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Board:</source>
        <translation>&amp;Nämnd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Identified on:</source>
        <translation>&amp;Identifierat den:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Goals:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>record development need</source>
        <translation>registrera utvecklingsbehov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit development need</source>
        <translation>ändra utvecklingsbehov</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../jamdesk/ui/organisation_dialog.py" line="+32"/>
        <source>Set up JämDesk</source>
        <translation>Kom igång med JämDesk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Sjöviks kommun</source>
        <translation>t.ex. Sjöviks kommun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jämställdhetsdelegationen</source>
        <translation>Jämställdhetsdelegationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Signed on</source>
        <translation>&amp;Undertecknad den</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Use {series}, {year}, {yy} and {number} (or {number:04} for 0042).</source>
        <translation>Använd {series}, {year}, {yy} och {number} (eller {number:04} för 0042).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Kommunledningskontoret</source>
        <translation>t.ex. Kommunledningskontoret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where adjusted protocols are kept; the notice certificate says so.</source>
        <translation>Där justerade protokoll förvaras; det anges i anslagsbeviset.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Municipality or region:</source>
        <translation>&amp;Kommun eller region:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delegation:</source>
        <translation>&amp;Delegation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CEMR &amp;charter:</source>
        <translation>&amp;CEMR-deklarationen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registry &amp;series:</source>
        <translation>Diarie&amp;serie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diary-number &amp;pattern:</source>
        <translation>Diarienummer&amp;mönster:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example:</source>
        <translation>Exempel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocols &amp;kept at:</source>
        <translation>&amp;Förvaringsplats för protokoll:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Welcome to JämDesk. Name the organisation and its delegation; the documents for the registry carry these names. You can change them later under Tools → Organisation.</source>
        <translation>Välkommen till JämDesk. Ange organisationen och dess delegation; handlingarna till diariet bär de här namnen. Du kan ändra dem senare under Verktyg → Organisation.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>set up the organisation</source>
        <translation>registrera organisationen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>change the organisation</source>
        <translation>ändra organisationen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(the pattern is not valid yet)</source>
        <translation>(mönstret är inte giltigt än)</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../jamdesk/ui/overview_page.py" line="-72"/>
        <source>What needs attention on {date}</source>
        <translation>Att bevaka {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to follow up: no meetings in the next 30 days and nothing overdue.</source>
        <translation>Inget att följa upp: inga möten de närmaste 30 dagarna och inget försenat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to follow up yet. Start by adding the boards and planning the first dialogue.</source>
        <translation>Inget att följa upp än. Börja med att lägga in nämnderna och planera den första dialogen.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No meetings are planned in the next 30 days.</source>
        <translation>Inga möten är planerade de närmaste 30 dagarna.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No commitment is overdue.</source>
        <translation>Inga åtaganden är försenade.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No reporting request is overdue.</source>
        <translation>Inga begäranden om återrapportering är försenade.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No answer is waiting to be assessed.</source>
        <translation>Inga svar väntar på bedömning.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every question from the meetings held has been answered.</source>
        <translation>Alla frågor från genomförda möten har besvarats.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every active board has had a dialogue in the last 12 months.</source>
        <translation>Alla aktiva nämnder har haft en dialog de senaste 12 månaderna.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+18"/>
        <source>Charter &amp;action plan</source>
        <translation>Handlings&amp;plan för CEMR-deklarationen</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The deadline has passed and no action plan is recorded.</source>
        <translation>Tidsfristen har gått ut och ingen handlingsplan är registrerad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due; actions are being recorded.</source>
        <translation>Ska tas fram; åtgärder håller på att registreras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due; no actions are recorded yet.</source>
        <translation>Ska tas fram; inga åtgärder är registrerade än.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The charter, signed on {signed}, asks for an action plan within two years.</source>
        <translation>Deklarationen, som undertecknades {signed}, kräver en handlingsplan inom två år.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Meetings in the next 30 days: {count}</source>
        <translation>&amp;Möten de närmaste 30 dagarna: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first {shown} of {total}.</source>
        <translation>De första {shown} av {total}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {shown} oldest of {total}.</source>
        <translation>De {shown} äldsta av {total}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue &amp;commitments: {count}</source>
        <translation>Försenade &amp;åtaganden: {count}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Overdue reporting &amp;requests: {count}</source>
        <translation>Försenade &amp;begäranden om återrapportering: {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answers to a&amp;ssess: {count}</source>
        <translation>Svar att be&amp;döma: {count}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unanswered &amp;questions: {count}</source>
        <translation>Obesvarade &amp;frågor: {count}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>None yet</source>
        <translation>Ingen än</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Boards without a dialogue in 12 months: {count}</source>
        <translation>&amp;Nämnder utan dialog på 12 månader: {count}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The {shown} longest quiet of {total}.</source>
        <translation>De {shown} av {total} som har gått längst utan dialog.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../jamdesk/ui/main_window.py" line="-372"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Boards</source>
        <translation>Nämnder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Questions</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Commitments</source>
        <translation>Åtaganden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reporting requests</source>
        <translation>Återrapporteringar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reviews and development needs</source>
        <translation>Granskningar och utvecklingsbehov</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
</context>
<context>
    <name>ParagraphDialog</name>
    <message>
        <location filename="../../jamdesk/ui/minutes_dialogs.py" line="-252"/>
        <source>e.g. KS 2026/123</source>
        <translation>t.ex. KS 2026/123</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Socialnämnden, Kommunstyrelsen</source>
        <translation>t.ex. Socialnämnden, Kommunstyrelsen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Corrects &amp;paragraph:</source>
        <translation>Rättar &amp;paragraf:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Heading:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diary &amp;number:</source>
        <translation>&amp;Diarienummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Sammanfattning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Beslut:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision sen&amp;t to:</source>
        <translation>Beslutet skickas &amp;till:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter starts a new line in the texts; Ctrl+Enter saves.</source>
        <translation>Enter ger en ny rad i texterna; Ctrl+Enter sparar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save and ne&amp;xt</source>
        <translation>Spara och gå till &amp;nästa</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>add paragraph</source>
        <translation>lägg till paragraf</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>change paragraph</source>
        <translation>ändra paragraf</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>New paragraph</source>
        <translation>Ny paragraf</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>{number} {heading}</source>
        <translation>{number} {heading}</translation>
    </message>
</context>
<context>
    <name>ParagraphList</name>
    <message>
        <location filename="../../jamdesk/ui/minutes_paragraphs.py" line="+45"/>
        <source>No paragraphs yet — Ctrl+Shift+N adds one.</source>
        <translation>Inga paragrafer än — lägg till en med Ctrl+Skift+N.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The paragraph chosen</source>
        <translation>Vald paragraf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New paragraph…</source>
        <translation>Ny paragraf…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a paragraph (Ctrl+Shift+N)</source>
        <translation>Lägg till en paragraf (Ctrl+Skift+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the paragraph chosen (Enter or F2)</source>
        <translation>Skriv i vald paragraf (Enter eller F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the paragraph chosen (Del)</source>
        <translation>Ta bort vald paragraf (Del)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Signature block: {range}</source>
        <translation>Underskrifter: {range}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} items</source>
        <translation>{count} punkter</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Paragraphs</source>
        <translation>Paragrafer</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Para&amp;graphs:</source>
        <translation>Paragra&amp;fer:</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../jamdesk/ui/people_page.py" line="-35"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delegation members</source>
        <translation>Delegationens ledamöter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officials</source>
        <translation>Tjänstepersoner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show:</source>
        <translation>Vi&amp;sa:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New person…</source>
        <translation>&amp;Ny person…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ed&amp;it…</source>
        <translation>R&amp;edigera…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{role} from {date}</source>
        <translation>{role} från {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{role} until {date}</source>
        <translation>{role} till {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No people yet — add the delegation&apos;s members and the officials you meet.</source>
        <translation>Inga personer än — lägg till delegationens ledamöter och de tjänstepersoner ni möter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No one has a seat in the delegation today — open a politician and add a seat.</source>
        <translation>Ingen har en plats i delegationen i dag — öppna en politiker och lägg till en plats.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No officials yet — add the managers and officials you meet.</source>
        <translation>Inga tjänstepersoner än — lägg till de chefer och tjänstepersoner ni möter.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../jamdesk/ui/person_dialog.py" line="+53"/>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit person</source>
        <translation>Redigera person</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Förvaltningschef</source>
        <translation>t.ex. Förvaltningschef</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>Ty&amp;p:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>Telef&amp;on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Board:</source>
        <translation>N&amp;ämnd:</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>Seats in the delegation</source>
        <translation>Platser i delegationen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>Till</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>YYYY-MM-DD, empty while serving</source>
        <translation>ÅÅÅÅ-MM-DD, tomt så länge uppdraget pågår</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add seat</source>
        <translation>&amp;Lägg till plats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Until:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>En&amp;d seat</source>
        <translation>&amp;Avsluta plats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected seat ends &amp;on:</source>
        <translation>Vald plats &amp;slutar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the person first; then give them a seat here.</source>
        <translation>Spara personen först; ge sedan personen en plats här.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seats are saved as soon as they are added or ended.</source>
        <translation>Platser sparas så snart de läggs till eller avslutas.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>give delegation seat</source>
        <translation>ge plats i delegationen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>end delegation seat</source>
        <translation>avsluta plats i delegationen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>add person</source>
        <translation>lägg till person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit person</source>
        <translation>ändra person</translation>
    </message>
</context>
<context>
    <name>QuestionBankDialog</name>
    <message>
        <location filename="../../jamdesk/ui/question_bank_dialog.py" line="+63"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Add questions from the bank</source>
        <translation>Lägg till frågor från frågebanken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question bank</source>
        <translation>Frågebank</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any kind of meeting</source>
        <translation>Alla mötestyper</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any 3R/4R step</source>
        <translation>Alla 3R/4R-steg</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show &amp;retired questions</source>
        <translation>Visa frågor som &amp;tagits ur bruk</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New…</source>
        <translation>&amp;Ny…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+212"/>
        <source>Re&amp;tire</source>
        <translation>Ta &amp;ur bruk</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>&amp;Delete…</source>
        <translation>Ta &amp;bort…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No questions in the bank match the filters — try another kind, step or goal.</source>
        <translation>Inga frågor i frågebanken passar filtren — prova en annan mötestyp, ett annat steg eller ett annat mål.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The question bank is empty — add the first question with New.</source>
        <translation>Frågebanken är tom — lägg till den första frågan med Ny.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>offer bank question</source>
        <translation>ta fråga i frågebanken i bruk igen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>retire bank question</source>
        <translation>ta fråga i frågebanken ur bruk</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete bank question</source>
        <translation>Ta bort fråga ur frågebanken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “{text}” from the question bank? Agendas it was added to keep their items. To keep it out of the way without deleting it, retire it instead.</source>
        <translation>Ta bort ”{text}” ur frågebanken? Dagordningar där frågan har lagts till behåller sina punkter. Vill du bara få undan frågan utan att ta bort den kan du ta den ur bruk i stället.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>delete bank question</source>
        <translation>ta bort fråga ur frågebanken</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>add questions from the bank</source>
        <translation>lägg till frågor från frågebanken</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Any goal</source>
        <translation>Alla mål</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Of&amp;fer again</source>
        <translation>Ta i bruk &amp;igen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Meeting:</source>
        <translation>&amp;Möte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3R/4R &amp;step:</source>
        <translation>3R/4R-&amp;steg:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Goal:</source>
        <translation>M&amp;ål:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Questions in the bank</source>
        <translation>Frågor i frågebanken</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Add to the agenda</source>
        <translation>&amp;Lägg till på dagordningen</translation>
    </message>
</context>
<context>
    <name>QuestionBankEntryDialog</name>
    <message>
        <location line="-419"/>
        <source>New question for the bank</source>
        <translation>Ny fråga till frågebanken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bank question</source>
        <translation>Fråga i frågebanken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Hur fördelas resurserna mellan kvinnor och män?</source>
        <translation>t.ex. Hur fördelas resurserna mellan kvinnor och män?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No step</source>
        <translation>Inget steg</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Question:</source>
        <translation>&amp;Fråga:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3R/4R &amp;step:</source>
        <translation>3R/4R-&amp;steg:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suits &amp;meetings:</source>
        <translation>Passar för &amp;möten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Goals:</source>
        <translation>M&amp;ål:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>add bank question</source>
        <translation>lägg till fråga i frågebanken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>change bank question</source>
        <translation>ändra fråga i frågebanken</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <location filename="../../jamdesk/ui/follow_up_editors.py" line="-57"/>
        <source>Edit question</source>
        <translation>Redigera fråga</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Question:</source>
        <translation>&amp;Fråga:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Answer:</source>
        <translation>&amp;Svar:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>edit question</source>
        <translation>ändra fråga</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <location filename="../../jamdesk/ui/meeting_entry_forms.py" line="-76"/>
        <source>New question</source>
        <translation>Ny fråga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As&amp;ked by:</source>
        <translation>St&amp;älld av:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To boar&amp;d:</source>
        <translation>Till &amp;nämnd:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addressed t&amp;o:</source>
        <translation>R&amp;iktad till:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Question:</source>
        <translation>&amp;Fråga:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If it was answered at once</source>
        <translation>Om den besvarades direkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ans&amp;wer:</source>
        <translation>&amp;Svar:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Space ticks a goal the question concerns.</source>
        <translation>Mellanslag kryssar i ett mål som frågan gäller.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Goals:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not recorded)</source>
        <translation>(inte angivet)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(nobody named)</source>
        <translation>(ingen namngiven)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>record question</source>
        <translation>registrera fråga</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <location filename="../../jamdesk/ui/questions_page.py" line="+35"/>
        <source>Questions</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No questions yet — they are recorded at the meetings with the boards.</source>
        <translation>Inga frågor än — de registreras vid mötena med nämnderna.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No questions match these filters.</source>
        <translation>Inga frågor matchar filtren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question to {board}</source>
        <translation>Fråga till {board}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked at</source>
        <translation>Ställd vid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} on {date}</source>
        <translation>{kind} {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asked by</source>
        <translation>Ställd av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put to</source>
        <translation>Riktad till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered on</source>
        <translation>Besvarad den</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The status of this question can no longer change.</source>
        <translation>Frågans status kan inte längre ändras.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete the question “{question}” with its history?</source>
        <translation>Ta bort frågan ”{question}” med dess historik?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>delete question</source>
        <translation>ta bort fråga</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../jamdesk/ui/export_dialogs.py" line="+90"/>
        <source>Follow-up report</source>
        <translation>Uppföljningsrapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a &amp;board</source>
        <translation>en &amp;nämnd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a &amp;goal</source>
        <translation>ett &amp;mål</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Board</source>
        <translation>Nämnd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Public version without personal names</source>
        <translation>&amp;Offentlig version utan personnamn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report on:</source>
        <translation>Rapporten gäller:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <location filename="../../jamdesk/ui/follow_up_editors.py" line="+54"/>
        <source>Edit reporting request</source>
        <translation>Redigera begäran om återrapportering</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;What to report:</source>
        <translation>&amp;Vad som ska återrapporteras:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Form:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;tails:</source>
        <translation>&amp;Detaljer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due date:</source>
        <translation>&amp;Sista datum:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>edit reporting request</source>
        <translation>ändra begäran om återrapportering</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <location filename="../../jamdesk/ui/meeting_entry_forms.py" line="+78"/>
        <source>New reporting request</source>
        <translation>Ny begäran om återrapportering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boar&amp;d:</source>
        <translation>&amp;Nämnd:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What to report:</source>
        <translation>Vad s&amp;om ska återrapporteras:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In what f&amp;orm:</source>
        <translation>I vilken &amp;form:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. broken down by sex and age</source>
        <translation>t.ex. uppdelat på kön och ålder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detai&amp;ls:</source>
        <translation>&amp;Detaljer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;ue date:</source>
        <translation>&amp;Sista datum:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>record reporting request</source>
        <translation>registrera begäran om återrapportering</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../jamdesk/ui/requests_page.py" line="+39"/>
        <source>Reporting requests</source>
        <translation>Återrapporteringar</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No reporting requests yet — they ask a board to report back by a given date.</source>
        <translation>Inga begäranden om återrapportering än — de ber en nämnd att återrapportera senast ett visst datum.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No reporting requests match these filters.</source>
        <translation>Inga begäranden om återrapportering matchar filtren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reporting request to {board}</source>
        <translation>Begäran om återrapportering till {board}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{kind} on {date}</source>
        <translation>{kind} {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided at</source>
        <translation>Beslutad vid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on</source>
        <translation>Gjord den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Sista datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent on</source>
        <translation>Skickad den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diary number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer received on</source>
        <translation>Svar inkom den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer&apos;s diary number</source>
        <translation>Svarets diarienummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessed on</source>
        <translation>Bedömd den</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The request is “{status}”: only drafts and requests for a supplement can be changed.</source>
        <translation>Begäran har status ”{status}”: bara utkast och begäranden där en komplettering har begärts kan ändras.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The answer was found sufficient: the request is settled.</source>
        <translation>Svaret har bedömts som tillräckligt: begäran är avslutad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the reporting request “{request}”?</source>
        <translation>Ta bort begäran om återrapportering ”{request}”?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>delete reporting request</source>
        <translation>ta bort begäran om återrapportering</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../jamdesk/ui/review_dialogs.py" line="-113"/>
        <source>New document review</source>
        <translation>Ny granskning av styrdokument</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit document review</source>
        <translation>Redigera granskning av styrdokument</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Board:</source>
        <translation>&amp;Nämnd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document &amp;title:</source>
        <translation>Dokumentets &amp;titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind of document:</source>
        <translation>Typ av &amp;dokument:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document &amp;date:</source>
        <translation>Dokumentets d&amp;atum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reviewed on:</source>
        <translation>&amp;Granskad den:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Findings:</source>
        <translation>&amp;Iakttagelser:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Goals:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>record document review</source>
        <translation>registrera granskning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit document review</source>
        <translation>ändra granskning</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <location filename="../../jamdesk/ui/review_tabs.py" line="-203"/>
        <source>Ed&amp;it…</source>
        <translation>R&amp;edigera…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De&amp;lete…</source>
        <translation>Ta &amp;bort…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Board:</source>
        <translation>N&amp;ämnd:</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Document reviews</source>
        <translation>Granskningar av styrdokument</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New review…</source>
        <translation>&amp;Ny granskning…</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/reviews_page.py" line="+36"/>
        <source>&amp;Document reviews</source>
        <translation>&amp;Granskningar av styrdokument</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/review_tabs.py" line="+102"/>
        <source>Development needs</source>
        <translation>Utvecklingsbehov</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New need…</source>
        <translation>N&amp;ytt utvecklingsbehov…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open or being addressed</source>
        <translation>Öppna eller under åtgärd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All, closed too</source>
        <translation>Alla, även avslutade</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/reviews_page.py" line="+1"/>
        <source>Develo&amp;pment needs</source>
        <translation>&amp;Utvecklingsbehov</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/action_plan_tab.py" line="+22"/>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No actions in the plan yet — add the charter&apos;s first action.</source>
        <translation>Inga åtgärder i handlingsplanen än — lägg till den första åtgärden.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>&amp;New action…</source>
        <translation>Ny åtgär&amp;d…</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/reviews_page.py" line="+1"/>
        <source>CEMR &amp;action plan</source>
        <translation>&amp;CEMR-handlingsplan</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/review_tabs.py" line="-191"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Delete the review of “{document}” made on {date}? Undo brings it back.</source>
        <translation>Ta bort granskningen av ”{document}” från {date}? Ångra återställer den.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>delete document review</source>
        <translation>ta bort granskning</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Delete the development need “{need}”? Undo brings it back.</source>
        <translation>Ta bort utvecklingsbehovet ”{need}”? Ångra återställer det.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>delete development need</source>
        <translation>ta bort utvecklingsbehov</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>All boards</source>
        <translation>Alla nämnder</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>No document reviews yet — record the first governance document you review.</source>
        <translation>Inga granskningar än — registrera det första styrdokument ni granskar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No reviews of this board&apos;s documents yet.</source>
        <translation>Inga granskningar av nämndens dokument än.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>No development needs yet — note the first gap the delegation finds.</source>
        <translation>Inga utvecklingsbehov än — notera den första brist som delegationen hittar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No development needs match — choose “All boards” and “All, closed too”.</source>
        <translation>Inga utvecklingsbehov matchar — välj ”Alla nämnder” och ”Alla, även avslutade”.</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../jamdesk/ui/search_popup.py" line="-21"/>
        <source>Meetings ({count})</source>
        <translation>Möten ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda items ({count})</source>
        <translation>Dagordningspunkter ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions ({count})</source>
        <translation>Frågor ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments ({count})</source>
        <translation>Åtaganden ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting requests ({count})</source>
        <translation>Begäranden om återrapportering ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes and notes ({count})</source>
        <translation>Protokoll och minnesanteckningar ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boards ({count})</source>
        <translation>Nämnder ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People ({count})</source>
        <translation>Personer ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Development needs ({count})</source>
        <translation>Utvecklingsbehov ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document reviews ({count})</source>
        <translation>Granskningar av styrdokument ({count})</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>§ {number}</source>
        <translation>§ {number}</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>The best {shown} of {count} are listed; type more words to narrow the search.</source>
        <translation>De {shown} bästa av {count} visas; skriv fler ord för att begränsa sökningen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search meetings, questions, answers…</source>
        <translation>Sök bland möten, frågor, svar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search everything</source>
        <translation>Sök i allt</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Type to search everything: meetings, questions, answers, commitments…</source>
        <translation>Skriv för att söka i allt: möten, frågor, svar, åtaganden…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing found for “{text}”.</source>
        <translation>Inga träffar för ”{text}”.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../jamdesk/ui/settings_dialog.py" line="+52"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow the system</source>
        <translation>Följ systemet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>JämDesk shows the language you choose the next time you start it.</source>
        <translation>JämDesk visar det språk du väljer nästa gång du startar programmet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>JämDesk&apos;s own template</source>
        <translation>JämDesks egen mall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word template</source>
        <translation>Word-mall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use JämDesk&apos;s &amp;own</source>
        <translation>Använd JämDesks &amp;egen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exported documents take their letterhead, logo and styles from the template: a Word template (.dotx) or document (.docx).</source>
        <translation>Exporterade dokument hämtar brevhuvud, logotyp och formatmallar från mallen: en Word-mall (.dotx) eller ett Word-dokument (.docx).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Word template:</source>
        <translation>&amp;Word-mall:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Choose a Word template</source>
        <translation>Välj en Word-mall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word templates and documents (*.dotx *.docx);;All files (*)</source>
        <translation>Word-mallar och Word-dokument (*.dotx *.docx);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../jamdesk/ui/shortcuts_dialog.py" line="+26"/>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Menu</source>
        <translation>Meny</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../jamdesk/ui/status_dialog.py" line="+47"/>
        <source>Change the status of the question</source>
        <translation>Ändra frågans status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change the status of the commitment</source>
        <translation>Ändra åtagandets status</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New due date</source>
        <translation>Nytt sista datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why, or what was decided</source>
        <translation>Varför, eller vad som beslutades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now:</source>
        <translation>Nu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;status:</source>
        <translation>Ny &amp;status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Answer:</source>
        <translation>S&amp;var:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ue:</source>
        <translation>Sista d&amp;atum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>A&amp;nteckning:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>answer question</source>
        <translation>besvara fråga</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>change the status of a question</source>
        <translation>ändra status för fråga</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>change the status of a commitment</source>
        <translation>ändra status för åtagande</translation>
    </message>
</context>
<context>
    <name>StoreCheck</name>
    <message>
        <location filename="../../jamdesk/ui/store_check.py" line="+15"/>
        <source>Check the store</source>
        <translation>Kontrollera datafilen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The store is sound: SQLite&apos;s checks and JämDesk&apos;s own rules all pass.</source>
        <translation>Datafilen är felfri: SQLite:s kontroller och JämDesks egna regler ger inga anmärkningar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The check found {count} problems. Keep a copy of the file and pass the details on to whoever supports JämDesk.</source>
        <translation>Kontrollen hittade {count} problem. Spara en kopia av filen och skicka detaljerna till den som ger support för JämDesk.</translation>
    </message>
</context>
<context>
    <name>VersionBar</name>
    <message>
        <location filename="../../jamdesk/ui/minutes_versions.py" line="+25"/>
        <source>Original or correction</source>
        <translation>Original eller rättelse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versi&amp;on:</source>
        <translation>Versi&amp;on:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Original protocol</source>
        <translation>Ursprungligt protokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Original notes</source>
        <translation>Ursprungliga minnesanteckningar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correction {number} ({date})</source>
        <translation>Rättelse {number} ({date})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Correction {number} (not adjusted)</source>
        <translation>Rättelse {number} (inte justerad)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Adjusted on {date}. Adjusted minutes cannot change; make a correction instead.</source>
        <translation>Justerades {date}. Ett justerat protokoll kan inte ändras; gör en rättelse i stället.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A correction of the protocol adjusted on {date}. Add each paragraph it corrects under that paragraph&apos;s number, then mark the correction adjusted.</source>
        <translation>En rättelse av protokollet som justerades {date}. Lägg till varje paragraf som rättas under samma nummer som i originalet och markera sedan rättelsen som justerad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A correction of the notes adjusted on {date}. Add each item it corrects under that item&apos;s number, then mark the correction adjusted.</source>
        <translation>En rättelse av minnesanteckningarna som justerades {date}. Lägg till varje punkt som rättas under samma nummer som i originalet och markera sedan rättelsen som justerad.</translation>
    </message>
</context>
<context>
    <name>YearView</name>
    <message>
        <location filename="../../jamdesk/ui/year_view.py" line="-19"/>
        <source>BD</source>
        <translation>BD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RS</source>
        <translation>RS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CI</source>
        <translation>AM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DM</source>
        <translation>SA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OM</source>
        <translation>ÖM</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{kind}, {date}, {time}, {status}</source>
        <translation>{kind}, {date}, {time}, {status}</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No dialogue has been held with {board} yet.</source>
        <translation>Ingen dialog har genomförts med {board} än.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No dialogue held with {board} in the last 12 months; the last was on {date}.</source>
        <translation>Ingen dialog har genomförts med {board} de senaste 12 månaderna; den senaste var {date}.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ye&amp;ar:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BD budget dialogue, RS results seminar, CI check-in, DM delegation meeting, OM other. Held: BD 12; planned: (BD 12); cancelled: struck out. Red: no dialogue held in the last 12 months.</source>
        <translation>BD budgetdialog, RS resultatseminarium, AM avstämningsmöte, SA sammanträde, ÖM övrigt möte. Genomförda: BD 12; planerade: (BD 12); inställda: överstrukna. Rött: ingen dialog genomförd de senaste 12 månaderna.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Year view</source>
        <translation>Årsöversikt</translation>
    </message>
</context>
</TS>
