<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../jamdesk/ui/review_dialogs.py" line="+191"/>
        <source>New action</source>
        <translation>New action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit action</source>
        <translation>Edit action</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no article)</source>
        <translation>(no article)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charter a&amp;rticle:</source>
        <translation>Charter a&amp;rticle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Priority:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;esources:</source>
        <translation>R&amp;esources:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Board:</source>
        <translation>&amp;Board:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due:</source>
        <translation>&amp;Due:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>add action</source>
        <translation>add action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit action</source>
        <translation>edit action</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../jamdesk/ui/actions.py" line="+25"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&amp;New meeting…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a record to the list shown</source>
        <translation>Add a record to the list shown</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit record…</source>
        <translation>&amp;Edit record…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete record</source>
        <translation>&amp;Delete record</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change &amp;status…</source>
        <translation>Change &amp;status…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the status of the selected record, with a dated note</source>
        <translation>Change the status of the selected record, with a dated note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;question</source>
        <translation>New &amp;question</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;commitment</source>
        <translation>New &amp;commitment</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New agenda &amp;item</source>
        <translation>New agenda &amp;item</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>New rec&amp;ord…</source>
        <translation>New rec&amp;ord…</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>&amp;Export document…</source>
        <translation>&amp;Export document…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the selected record&apos;s document as a Word file</source>
        <translation>Write the selected record&apos;s document as a Word file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export for the re&amp;gistry…</source>
        <translation>Export for the re&amp;gistry…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the meeting&apos;s minutes and the requests it decided into one folder</source>
        <translation>Write the meeting&apos;s minutes and the requests it decided into one folder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow-up &amp;report…</source>
        <translation>Follow-up &amp;report…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a follow-up report for a board or a goal</source>
        <translation>Write a follow-up report for a board or a goal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chair&apos;s &amp;briefing…</source>
        <translation>Chair&apos;s &amp;briefing…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write everything outstanding with a board before a dialogue</source>
        <translation>Write everything outstanding with a board before a dialogue</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>New re&amp;porting request</source>
        <translation>New re&amp;porting request</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Move up</source>
        <translation>&amp;Move up</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate meeting to &amp;next year</source>
        <translation>Duplicate meeting to &amp;next year</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search meetings, questions, answers, commitments and more</source>
        <translation>Search meetings, questions, answers, commitments and more</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Meetings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Boards</source>
        <translation>&amp;Boards</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Questions</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Commitments</source>
        <translation>&amp;Commitments</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reporting requests</source>
        <translation>&amp;Reporting requests</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Goals</source>
        <translation>&amp;Goals</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;views and development needs</source>
        <translation>Re&amp;views and development needs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;People</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bac&amp;k</source>
        <translation>Bac&amp;k</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Question bank…</source>
        <translation>&amp;Question bank…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Organisation…</source>
        <translation>&amp;Organisation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Check the store</source>
        <translation>&amp;Check the store</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About JämDesk</source>
        <translation>&amp;About JämDesk</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../jamdesk/ui/minutes_dialogs.py" line="+251"/>
        <source>Mark the minutes adjusted</source>
        <translation>Mark the minutes adjusted</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} items</source>
        <translation>{count} items</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} with {paragraphs}. Adjusters: {adjusters}.</source>
        <translation>{kind} with {paragraphs}. Adjusters: {adjusters}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none chosen</source>
        <translation>none chosen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adjusted minutes can never change again, and this cannot be undone: no text, paragraph, adjuster or date of them can be edited afterwards. A mistake found later needs a correction, a new record of its own.</source>
        <translation>Adjusted minutes can never change again, and this cannot be undone: no text, paragraph, adjuster or date of them can be edited afterwards. A mistake found later needs a correction, a new record of its own.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Adjusted on:</source>
        <translation>&amp;Adjusted on:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Mark adjusted</source>
        <translation>&amp;Mark adjusted</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>mark the minutes adjusted</source>
        <translation>mark the minutes adjusted</translation>
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
        <translation>Ne&amp;w item…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;dit…</source>
        <translation>E&amp;dit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move d&amp;own</source>
        <translation>Move d&amp;own</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the &amp;question bank…</source>
        <translation>From the &amp;question bank…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;checked to the agenda</source>
        <translation>Add &amp;checked to the agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dro&amp;p</source>
        <translation>Dro&amp;p</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the selected proposals out while this agenda is open</source>
        <translation>Leave the selected proposals out while this agenda is open</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The agenda is empty — add the first item with New item.</source>
        <translation>The agenda is empty — add the first item with New item.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Remove agenda item</source>
        <translation>Remove agenda item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove item {position}, “{title}”, from the agenda?</source>
        <translation>Remove item {position}, “{title}”, from the agenda?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>remove agenda item</source>
        <translation>remove agenda item</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>move agenda item</source>
        <translation>move agenda item</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>add follow-ups to the agenda</source>
        <translation>add follow-ups to the agenda</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>No boards take part in this meeting, so nothing is proposed.</source>
        <translation>No boards take part in this meeting, so nothing is proposed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing outstanding with the boards taking part: no follow-ups to propose.</source>
        <translation>Nothing outstanding with the boards taking part: no follow-ups to propose.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Agenda items</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Proposed follow-ups</source>
        <translation>Proposed follow-ups</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Agenda &amp;items:</source>
        <translation>Agenda &amp;items:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Proposed fo&amp;llow-ups:</source>
        <translation>Proposed fo&amp;llow-ups:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outstanding commitments, reporting requests and questions of the boards taking part. Uncheck what should not be on the agenda.</source>
        <translation>Outstanding commitments, reporting requests and questions of the boards taking part. Uncheck what should not be on the agenda.</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <location line="-418"/>
        <source>New agenda item</source>
        <translation>New agenda item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. Information om jämställdhetsbudgeten</source>
        <translation>e.g. Information om jämställdhetsbudgeten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. KS 2026/123</source>
        <translation>e.g. KS 2026/123</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diary number:</source>
        <translation>&amp;Diary number:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>add agenda item</source>
        <translation>add agenda item</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>change agenda item</source>
        <translation>change agenda item</translation>
    </message>
</context>
<context>
    <name>AnswerForm</name>
    <message>
        <location filename="../../jamdesk/ui/meeting_entry_forms.py" line="+424"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question:</source>
        <translation>Question:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ans&amp;wer:</source>
        <translation>Ans&amp;wer:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>answer question</source>
        <translation>answer question</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../jamdesk/ui/application.py" line="+57"/>
        <source>JämDesk cannot open the store</source>
        <translation>JämDesk cannot open the store</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Something went wrong inside JämDesk: {error}

What you saved before is kept. The details were written to {log}; please pass them on to whoever supports JämDesk.</source>
        <translation>Something went wrong inside JämDesk: {error}

What you saved before is kept. The details were written to {log}; please pass them on to whoever supports JämDesk.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the terminal output</source>
        <translation>the terminal output</translation>
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
        <translation>Assess the answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ufficient</source>
        <translation>S&amp;ufficient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;pplement requested</source>
        <translation>Su&amp;pplement requested</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New due date</source>
        <translation>New due date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the answer showed, or what is missing</source>
        <translation>What the answer showed, or what is missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answer is:</source>
        <translation>The answer is:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assessed on:</source>
        <translation>&amp;Assessed on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due:</source>
        <translation>&amp;Due:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>assess answer to request</source>
        <translation>assess answer to request</translation>
    </message>
</context>
<context>
    <name>AttendanceEditor</name>
    <message>
        <location filename="../../jamdesk/ui/attendance_model.py" line="+110"/>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{role} (came uncalled)</source>
        <translation>{role} (came uncalled)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A substitute serving for a member: press F2 to choose whom.</source>
        <translation>A substitute serving for a member: press F2 to choose whom.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/attendance_editor.py" line="+83"/>
        <source>Nobody is called to this meeting yet — add whoever came below, or call people when you plan the meeting.</source>
        <translation>Nobody is called to this meeting yet — add whoever came below, or call people when you plan the meeting.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Who was called, and who came:</source>
        <translation>&amp;Who was called, and who came:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space changes the attendance, F2 chooses from a list.</source>
        <translation>Space changes the attendance, F2 chooses from a list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark everyone not recorded as &amp;present</source>
        <translation>Mark everyone not recorded as &amp;present</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A&amp;dd</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add someone who &amp;came:</source>
        <translation>Add someone who &amp;came:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as:</source>
        <translation>as:</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>mark everyone present</source>
        <translation>mark everyone present</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose someone from the register: nobody is called “{name}”.</source>
        <translation>Choose someone from the register: nobody is called “{name}”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the name of the person who came.</source>
        <translation>Type the name of the person who came.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>add someone who came</source>
        <translation>add someone who came</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>record attendance</source>
        <translation>record attendance</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Person who came</source>
        <translation>Person who came</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Type a name…</source>
        <translation>Type a name…</translation>
    </message>
</context>
<context>
    <name>BoardDialog</name>
    <message>
        <location filename="../../jamdesk/ui/board_dialog.py" line="+47"/>
        <source>New board</source>
        <translation>New board</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit board</source>
        <translation>Edit board</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>(no one)</source>
        <translation>(no one)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capacity, e.g. analyst</source>
        <translation>Capacity, e.g. analyst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add contact</source>
        <translation>&amp;Add contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move contact</source>
        <translation>Re&amp;move contact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dministration:</source>
        <translation>A&amp;dministration:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Chair:</source>
        <translation>&amp;Chair:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mana&amp;ger:</source>
        <translation>Mana&amp;ger:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active &amp;from:</source>
        <translation>Active &amp;from:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontacts:</source>
        <translation>C&amp;ontacts:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>{person} ({capacity})</source>
        <translation>{person} ({capacity})</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>add board</source>
        <translation>add board</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>edit board</source>
        <translation>edit board</translation>
    </message>
</context>
<context>
    <name>BoardsPage</name>
    <message>
        <location filename="../../jamdesk/ui/boards_page.py" line="+70"/>
        <source>Boards</source>
        <translation>Boards</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No boards yet — add the first board the delegation meets.</source>
        <translation>No boards yet — add the first board the delegation meets.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Show &amp;ceased boards</source>
        <translation>Show &amp;ceased boards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New board…</source>
        <translation>&amp;New board…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deactivate…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reactivate</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>starts {date}</source>
        <translation>starts {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ceased {date}</source>
        <translation>ceased {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ceases {date}</source>
        <translation>ceases {date}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>reactivate board</source>
        <translation>reactivate board</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Every board has ceased — tick “Show ceased boards” to see them.</source>
        <translation>Every board has ceased — tick “Show ceased boards” to see them.</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <location filename="../../jamdesk/ui/export_dialogs.py" line="+289"/>
        <source>Chair&apos;s briefing</source>
        <translation>Chair&apos;s briefing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Board:</source>
        <translation>&amp;Board:</translation>
    </message>
</context>
<context>
    <name>CeaseBoardDialog</name>
    <message>
        <location filename="../../jamdesk/ui/board_dialog.py" line="+10"/>
        <source>Deactivate {board}</source>
        <translation>Deactivate {board}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ceased on:</source>
        <translation>&amp;Ceased on:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>deactivate board</source>
        <translation>deactivate board</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../jamdesk/ui/agenda_editor.py" line="-161"/>
        <source>Proposed item</source>
        <translation>Proposed item</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/action_plan_tab.py" line="+39"/>
        <location filename="../../jamdesk/ui/agenda_editor.py" line="+1"/>
        <location filename="../../jamdesk/ui/commitments_page.py" line="+36"/>
        <location filename="../../jamdesk/ui/overview_page.py" line="+317"/>
        <location filename="../../jamdesk/ui/people_page.py" line="+66"/>
        <location filename="../../jamdesk/ui/questions_page.py" line="+39"/>
        <location filename="../../jamdesk/ui/requests_page.py" line="+40"/>
        <location filename="../../jamdesk/ui/review_tabs.py" line="+129"/>
        <location line="+116"/>
        <location filename="../../jamdesk/ui/year_view.py" line="+76"/>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/agenda_editor.py" line="+1"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/attendance_model.py" line="-106"/>
        <location filename="../../jamdesk/ui/boards_page.py" line="-110"/>
        <location filename="../../jamdesk/ui/people_page.py" line="-7"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Called as</source>
        <translation>Called as</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serving for</source>
        <translation>Serving for</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/boards_page.py" line="+2"/>
        <location filename="../../jamdesk/ui/goals_page.py" line="+80"/>
        <location filename="../../jamdesk/ui/overview_page.py" line="+8"/>
        <location filename="../../jamdesk/ui/people_page.py" line="+2"/>
        <location filename="../../jamdesk/ui/review_tabs.py" line="-109"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active from</source>
        <translation>Active from</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/action_plan_tab.py" line="+7"/>
        <location filename="../../jamdesk/ui/boards_page.py" line="+4"/>
        <location filename="../../jamdesk/ui/commitments_page.py" line="+13"/>
        <location filename="../../jamdesk/ui/goals_page.py" line="+7"/>
        <location filename="../../jamdesk/ui/questions_page.py" line="+8"/>
        <location filename="../../jamdesk/ui/requests_page.py" line="+13"/>
        <location filename="../../jamdesk/ui/review_tabs.py" line="+117"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/overview_page.py" line="-10"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/action_plan_tab.py" line="-5"/>
        <location filename="../../jamdesk/ui/commitments_page.py" line="-15"/>
        <location filename="../../jamdesk/ui/overview_page.py" line="+1"/>
        <location filename="../../jamdesk/ui/requests_page.py" line="-14"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/commitments_page.py" line="+10"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../jamdesk/ui/questions_page.py" line="-17"/>
        <location filename="../../jamdesk/ui/requests_page.py" line="+27"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../jamdesk/ui/questions_page.py" line="+5"/>
        <location filename="../../jamdesk/ui/requests_page.py" line="+5"/>
        <source>Meeting kind</source>
        <translation>Meeting kind</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/overview_page.py" line="+2"/>
        <source>Reporting request</source>
        <translation>Reporting request</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boards</source>
        <translation>Boards</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/commitments_page.py" line="-21"/>
        <location filename="../../jamdesk/ui/overview_page.py" line="+5"/>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/overview_page.py" line="+8"/>
        <location filename="../../jamdesk/ui/questions_page.py" line="+17"/>
        <location filename="../../jamdesk/ui/requests_page.py" line="-10"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../jamdesk/ui/question_bank_dialog.py" line="+71"/>
        <location filename="../../jamdesk/ui/questions_page.py" line="-11"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../jamdesk/ui/year_view.py" line="+1"/>
        <source>Last dialogue</source>
        <translation>Last dialogue</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/goals_page.py" line="-3"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../jamdesk/ui/people_page.py" line="+4"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/people_page.py" line="+3"/>
        <source>Delegation seat</source>
        <translation>Delegation seat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/question_bank_dialog.py" line="+1"/>
        <source>3R/4R step</source>
        <translation>3R/4R step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting kinds</source>
        <translation>Meeting kinds</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../jamdesk/ui/review_tabs.py" line="-107"/>
        <location line="+111"/>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use</source>
        <translation>In use</translation>
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
        <translation>May</translation>
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
        <translation>Oct</translation>
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
        <location filename="../../jamdesk/ui/meeting_recorder_models.py" line="+33"/>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer or due date</source>
        <translation>Answer or due date</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/requests_page.py" line="-19"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/review_tabs.py" line="-132"/>
        <source>Reviewed on</source>
        <translation>Reviewed on</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document date</source>
        <translation>Document date</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Identified on</source>
        <translation>Identified on</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Development need</source>
        <translation>Development need</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/action_plan_tab.py" line="-14"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/search_popup.py" line="+77"/>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Where</translation>
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
        <translation>Heading</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
</context>
<context>
    <name>CommitmentEditor</name>
    <message>
        <location filename="../../jamdesk/ui/follow_up_editors.py" line="+153"/>
        <source>Edit commitment</source>
        <translation>Edit commitment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(nobody registered)</source>
        <translation>(nobody registered)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For instance: the social services manager</source>
        <translation>For instance: the social services manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Commitment:</source>
        <translation>&amp;Commitment:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsible &amp;person:</source>
        <translation>Responsible &amp;person:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Responsible (text):</source>
        <translation>&amp;Responsible (text):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due date:</source>
        <translation>&amp;Due date:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>edit commitment</source>
        <translation>edit commitment</translation>
    </message>
</context>
<context>
    <name>CommitmentForm</name>
    <message>
        <location filename="../../jamdesk/ui/meeting_entry_forms.py" line="-119"/>
        <source>New commitment</source>
        <translation>New commitment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boar&amp;d:</source>
        <translation>Boar&amp;d:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made b&amp;y:</source>
        <translation>Made b&amp;y:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Commitment:</source>
        <translation>&amp;Commitment:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a person or type who answers for it.</source>
        <translation>Choose a person or type who answers for it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ponsible:</source>
        <translation>Res&amp;ponsible:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;ue date:</source>
        <translation>D&amp;ue date:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not named)</source>
        <translation>(not named)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>record commitment</source>
        <translation>record commitment</translation>
    </message>
</context>
<context>
    <name>CommitmentsPage</name>
    <message>
        <location filename="../../jamdesk/ui/commitments_page.py" line="+45"/>
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No commitments yet — they are recorded when a board or manager promises something.</source>
        <translation>No commitments yet — they are recorded when a board or manager promises something.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No commitments match these filters.</source>
        <translation>No commitments match these filters.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commitment of {board}</source>
        <translation>Commitment of {board}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} on {date}</source>
        <translation>{kind} on {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised by</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made at</source>
        <translation>Made at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The commitment is “{status}”: its status can no longer change.</source>
        <translation>The commitment is “{status}”: its status can no longer change.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete the commitment “{commitment}” with its history?</source>
        <translation>Delete the commitment “{commitment}” with its history?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>delete commitment</source>
        <translation>delete commitment</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../jamdesk/ui/minutes_dialogs.py" line="+11"/>
        <source>Make a correction</source>
        <translation>Make a correction</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The protocol adjusted on {date} stays exactly as it is. The correction is a new record that refers to it: you add the paragraphs it corrects and adjust it on its own.</source>
        <translation>The protocol adjusted on {date} stays exactly as it is. The correction is a new record that refers to it: you add the paragraphs it corrects and adjust it on its own.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The notes adjusted on {date} stay exactly as they are. The correction is a new record that refers to them: you add the items it corrects and adjust it on its own.</source>
        <translation>The notes adjusted on {date} stay exactly as they are. The correction is a new record that refers to them: you add the items it corrects and adjust it on its own.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. The decision in § 48 named the wrong board.</source>
        <translation>e.g. The decision in § 48 named the wrong board.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason for the correction:</source>
        <translation>&amp;Reason for the correction:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Make the correction</source>
        <translation>&amp;Make the correction</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>make a correction</source>
        <translation>make a correction</translation>
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

Choose another template under Tools → Settings, or JämDesk&apos;s own.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Notice with the agenda</source>
        <translation>Notice with the agenda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export document</source>
        <translation>Export document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which document of the meeting on {date}?</source>
        <translation>Which document of the meeting on {date}?</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Correction {number} of the minutes</source>
        <translation>Correction {number} of the minutes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minutes (protocol)</source>
        <translation>Minutes (protocol)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes (notes)</source>
        <translation>Minutes (notes)</translation>
    </message>
</context>
<context>
    <name>DomainError</name>
    <message>
        <location filename="../../jamdesk/commands/check_command.py" line="+13"/>
        <source>{path} is damaged and cannot be read ({reason}). Open your latest backup.</source>
        <translation>{path} is damaged and cannot be read ({reason}). Open your latest backup.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/commands/list_command.py" line="+36"/>
        <source>JämDesk could not read all of {path} ({reason}). Run “jamdesk check --db {path}” to see what is wrong.</source>
        <translation>JämDesk could not read all of {path} ({reason}). Run “jamdesk check --db {path}” to see what is wrong.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/action_plan.py" line="+45"/>
        <source>The action</source>
        <translation>The action</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/boards.py" line="+43"/>
        <source>The board&apos;s name</source>
        <translation>The board&apos;s name</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/commitments.py" line="+75"/>
        <source>The commitment</source>
        <translation>The commitment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An open commitment needs a due date: by when is it to be kept?</source>
        <translation>An open commitment needs a due date: by when is it to be kept?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The due date {due} comes before the commitment was made ({made}).</source>
        <translation>The due date {due} comes before the commitment was made ({made}).</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/dates.py" line="+22"/>
        <source>Write the date as YYYY-MM-DD, not “{text}”.</source>
        <translation>Write the date as YYYY-MM-DD, not “{text}”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The date {text} does not exist.</source>
        <translation>The date {text} does not exist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write the time as HH.MM, not “{text}”.</source>
        <translation>Write the time as HH.MM, not “{text}”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The time {text} does not exist.</source>
        <translation>The time {text} does not exist.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/goals.py" line="+39"/>
        <source>The title</source>
        <translation>The title</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/meetings.py" line="+111"/>
        <source>The meeting ends ({end}) before it starts ({start}).</source>
        <translation>The meeting ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A dialogue needs at least one board.</source>
        <translation>A dialogue needs at least one board.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A board is listed twice for the meeting.</source>
        <translation>A board is listed twice for the meeting.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Only a substitute who is serving can serve for someone.</source>
        <translation>Only a substitute who is serving can serve for someone.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A substitute cannot serve for themselves.</source>
        <translation>A substitute cannot serve for themselves.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The item&apos;s title</source>
        <translation>The item&apos;s title</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agenda items are numbered from 1.</source>
        <translation>Agenda items are numbered from 1.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/minutes.py" line="+46"/>
        <source>The body</source>
        <translation>The body</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adjusted minutes need the date of adjustment.</source>
        <translation>Adjusted minutes need the date of adjustment.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The heading</source>
        <translation>The heading</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paragraphs are numbered from § 1.</source>
        <translation>Paragraphs are numbered from § 1.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/organisation.py" line="+28"/>
        <source>The diary-number pattern “{pattern}” has an unknown placeholder; use {{series}}, {{year}}, {{yy}} and {{number}}.</source>
        <translation>The diary-number pattern “{pattern}” has an unknown placeholder; use {{series}}, {{year}}, {{yy}} and {{number}}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The diary-number pattern “{pattern}” must hold {{number}} exactly once.</source>
        <translation>The diary-number pattern “{pattern}” must hold {{number}} exactly once.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A diary number must be 1 or higher.</source>
        <translation>A diary number must be 1 or higher.</translation>
    </message>
    <message>
        <location line="+75"/>
        <location filename="../../jamdesk/domain/people.py" line="+54"/>
        <source>The name</source>
        <translation>The name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The delegation&apos;s name</source>
        <translation>The delegation&apos;s name</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/people.py" line="+4"/>
        <source>“{email}” is not an e-mail address.</source>
        <translation>“{email}” is not an e-mail address.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/periods.py" line="+14"/>
        <source>The end date {end} comes before the start {start}.</source>
        <translation>The end date {end} comes before the start {start}.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/question_bank.py" line="+46"/>
        <location filename="../../jamdesk/domain/questions.py" line="+50"/>
        <location filename="../../jamdesk/services/questions.py" line="+66"/>
        <location line="+8"/>
        <source>The question</source>
        <translation>The question</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose at least one kind of meeting the question suits.</source>
        <translation>Choose at least one kind of meeting the question suits.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/questions.py" line="+4"/>
        <source>An answered question needs its answer.</source>
        <translation>An answered question needs its answer.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/requests.py" line="+89"/>
        <source>What to report</source>
        <translation>What to report</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The due date {due} comes before the request was made ({made}).</source>
        <translation>The due date {due} comes before the request was made ({made}).</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/reviews.py" line="+44"/>
        <source>The development need</source>
        <translation>The development need</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The document&apos;s title</source>
        <translation>The document&apos;s title</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/text.py" line="+13"/>
        <source>{label} cannot be empty.</source>
        <translation>{label} cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/transitions.py" line="+20"/>
        <source>The status cannot change from “{old}” to “{new}”.</source>
        <translation>The status cannot change from “{old}” to “{new}”.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/services/agenda.py" line="+94"/>
        <source>The item “{title}” is recorded in adjusted minutes, so it cannot be removed.</source>
        <translation>The item “{title}” is recorded in adjusted minutes, so it cannot be removed.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The item already refers to that record.</source>
        <translation>The item already refers to that record.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The item does not refer to that record.</source>
        <translation>The item does not refer to that record.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a position from 1 to {last}.</source>
        <translation>Choose a position from 1 to {last}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The item refers to the same record twice.</source>
        <translation>The item refers to the same record twice.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/services/boards.py" line="+91"/>
        <source>{name} cannot cease on {on}: it has existed only since {start}. Choose a date on or after {start}.</source>
        <translation>{name} cannot cease on {on}: it has existed only since {start}. Choose a date on or after {start}.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>That person is not a contact of the board any more.</source>
        <translation>That person is not a contact of the board any more.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/services/commitments.py" line="+113"/>
        <source>The change cannot be dated {on}: the commitment was made on {made}.</source>
        <translation>The change cannot be dated {on}: the commitment was made on {made}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A reporting request came from this commitment, so the commitment cannot be deleted.</source>
        <translation>A reporting request came from this commitment, so the commitment cannot be deleted.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The commitment is on the agenda of the meeting on {date}; take it off that agenda before deleting it.</source>
        <translation>The commitment is on the agenda of the meeting on {date}; take it off that agenda before deleting it.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/services/example/municipality.py" line="+173"/>
        <source>The store already holds data; write the example to a new file.</source>
        <translation>The store already holds data; write the example to a new file.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>JämDesk could not write {path}: {reason}.</source>
        <translation>JämDesk could not write {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{path} is a folder; name a file to write.</source>
        <translation>{path} is a folder; name a file to write.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} already exists; use --force to replace it.</source>
        <translation>{path} already exists; use --force to replace it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../jamdesk/store/database.py" line="+134"/>
        <source>The folder {folder} does not exist. Create it or choose another.</source>
        <translation>The folder {folder} does not exist. Create it or choose another.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/services/goals.py" line="+22"/>
        <source>The code {code} is already used by “{title}” ({kind}).</source>
        <translation>The code {code} is already used by “{title}” ({kind}).</translation>
    </message>
    <message>
        <location filename="../../jamdesk/services/meetings.py" line="+42"/>
        <source>The meeting has minutes, so it cannot be deleted. Cancel it instead.</source>
        <translation>The meeting has minutes, so it cannot be deleted. Cancel it instead.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Questions were recorded at the meeting, so it cannot be deleted. Cancel it instead.</source>
        <translation>Questions were recorded at the meeting, so it cannot be deleted. Cancel it instead.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Commitments were recorded at the meeting, so it cannot be deleted. Cancel it instead.</source>
        <translation>Commitments were recorded at the meeting, so it cannot be deleted. Cancel it instead.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reporting requests refer to the meeting, so it cannot be deleted. Cancel it instead.</source>
        <translation>Reporting requests refer to the meeting, so it cannot be deleted. Cancel it instead.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Development needs refer to the meeting, so it cannot be deleted. Cancel it instead.</source>
        <translation>Development needs refer to the meeting, so it cannot be deleted. Cancel it instead.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Document reviews refer to the meeting, so it cannot be deleted. Cancel it instead.</source>
        <translation>Document reviews refer to the meeting, so it cannot be deleted. Cancel it instead.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The meeting&apos;s minutes are adjusted, so its date, time, place, boards and participants stay as the minutes record them.</source>
        <translation>The meeting&apos;s minutes are adjusted, so its date, time, place, boards and participants stay as the minutes record them.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>The meeting has minutes, so it cannot be cancelled.</source>
        <translation>The meeting has minutes, so it cannot be cancelled.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>The board {name} ceased on {active_to}, before next year&apos;s date {date}; plan next year&apos;s meeting without it instead.</source>
        <translation>The board {name} ceased on {active_to}, before next year&apos;s date {date}; plan next year&apos;s meeting without it instead.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} is called twice; call each person once.</source>
        <translation>{name} is called twice; call each person once.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A substitute serves for {name} at the meeting; change that first.</source>
        <translation>A substitute serves for {name} at the meeting; change that first.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{name} is not among the meeting&apos;s participants; call them first.</source>
        <translation>{name} is not among the meeting&apos;s participants; call them first.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The board {name} had ceased on {date} (it was active until {active_to}).</source>
        <translation>The board {name} had ceased on {date} (it was active until {active_to}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The board {name} did not exist yet on {date} (it starts on {active_from}).</source>
        <translation>The board {name} did not exist yet on {date} (it starts on {active_from}).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The meeting&apos;s minutes are numbered in {year}, so the meeting must stay in {year}.</source>
        <translation>The meeting&apos;s minutes are numbered in {year}, so the meeting must stay in {year}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Records of the meeting concern {name}, so the board must stay on the meeting.</source>
        <translation>Records of the meeting concern {name}, so the board must stay on the meeting.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/services/minutes.py" line="+33"/>
        <source>Adjusted minutes cannot change; make a correction instead.</source>
        <translation>Adjusted minutes cannot change; make a correction instead.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>A cancelled meeting has no minutes.</source>
        <translation>A cancelled meeting has no minutes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The meeting already has minutes; open them instead.</source>
        <translation>The meeting already has minutes; open them instead.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Only a correction has a reason for the correction.</source>
        <translation>Only a correction has a reason for the correction.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>An adjuster is chosen twice.</source>
        <translation>An adjuster is chosen twice.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose at least one adjuster before adjusting a protocol.</source>
        <translation>Choose at least one adjuster before adjusting a protocol.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The minutes have no paragraphs yet, so nothing to adjust.</source>
        <translation>The minutes have no paragraphs yet, so nothing to adjust.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>These minutes are not adjusted yet; change them instead of correcting them.</source>
        <translation>These minutes are not adjusted yet; change them instead of correcting them.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Later minutes already continue the § numbering, so these minutes cannot be deleted.</source>
        <translation>Later minutes already continue the § numbering, so these minutes cannot be deleted.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A sent reporting request cites these minutes, so they cannot be deleted.</source>
        <translation>A sent reporting request cites these minutes, so they cannot be deleted.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Later minutes already continue the § numbering, so § {number} cannot be removed. Change its text instead (for example: the item was withdrawn).</source>
        <translation>Later minutes already continue the § numbering, so § {number} cannot be removed. Change its text instead (for example: the item was withdrawn).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The reason for the correction</source>
        <translation>The reason for the correction</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Give the number of the paragraph this correction corrects: one of {numbers}.</source>
        <translation>Give the number of the paragraph this correction corrects: one of {numbers}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The correction already corrects paragraph {number}.</source>
        <translation>The correction already corrects paragraph {number}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paragraph numbers run on by themselves; leave the number empty.</source>
        <translation>Paragraph numbers run on by themselves; leave the number empty.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A sent reporting request cites paragraph {cited}, so paragraph {number} cannot be removed. Change its text instead.</source>
        <translation>A sent reporting request cites paragraph {cited}, so paragraph {number} cannot be removed. Change its text instead.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Minutes cannot be adjusted on {day}, before the meeting ({date}).</source>
        <translation>Minutes cannot be adjusted on {day}, before the meeting ({date}).</translation>
    </message>
    <message>
        <location filename="../../jamdesk/services/people.py" line="+38"/>
        <source>{name} already has a seat in the delegation from {start}. One person holds one seat at a time: end that seat first or choose other dates.</source>
        <translation>{name} already has a seat in the delegation from {start}. One person holds one seat at a time: end that seat first or choose other dates.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} is chair of the delegation from {start}. The delegation has one chair at a time: end that term first or choose other dates.</source>
        <translation>{name} is chair of the delegation from {start}. The delegation has one chair at a time: end that term first or choose other dates.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is vice chair of the delegation from {start}. The delegation has one vice chair at a time: end that term first or choose other dates.</source>
        <translation>{name} is vice chair of the delegation from {start}. The delegation has one vice chair at a time: end that term first or choose other dates.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/services/question_bank.py" line="+26"/>
        <source>There is no question with id {id} in the bank.</source>
        <translation>There is no question with id {id} in the bank.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Choose at least one question from the bank.</source>
        <translation>Choose at least one question from the bank.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/services/questions.py" line="+13"/>
        <source>A commitment came from this question, so the question cannot be deleted.</source>
        <translation>A commitment came from this question, so the question cannot be deleted.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A reporting request came from this question, so the question cannot be deleted.</source>
        <translation>A reporting request came from this question, so the question cannot be deleted.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The question is on the agenda of the meeting on {date}; take it off that agenda before deleting it.</source>
        <translation>The question is on the agenda of the meeting on {date}; take it off that agenda before deleting it.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The answer</source>
        <translation>The answer</translation>
    </message>
    <message>
        <location filename="../../jamdesk/services/requests.py" line="+83"/>
        <source>A request that is “{status}” can no longer be changed: only drafts and requests for a supplement can.</source>
        <translation>A request that is “{status}” can no longer be changed: only drafts and requests for a supplement can.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The due date {on} comes before the supplement was requested ({earlier}).</source>
        <translation>The due date {on} comes before the supplement was requested ({earlier}).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The request cannot be sent on {on}: it was made on {earlier}.</source>
        <translation>The request cannot be sent on {on}: it was made on {earlier}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The answer cannot have come on {on}: the request was sent on {earlier}.</source>
        <translation>The answer cannot have come on {on}: the request was sent on {earlier}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The supplement cannot have come on {on}: it was requested on {earlier}.</source>
        <translation>The supplement cannot have come on {on}: it was requested on {earlier}.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The answer cannot be assessed on {on}: it came on {earlier}.</source>
        <translation>The answer cannot be assessed on {on}: it came on {earlier}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new due date is only given when a supplement is requested.</source>
        <translation>A new due date is only given when a supplement is requested.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The supplement cannot be due on {on}, before it is requested ({earlier}).</source>
        <translation>The supplement cannot be due on {on}, before it is requested ({earlier}).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The request was sent to the board, so it cannot be deleted; only drafts can.</source>
        <translation>The request was sent to the board, so it cannot be deleted; only drafts can.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The request is on the agenda of the meeting on {date}; take it off that agenda before deleting it.</source>
        <translation>The request is on the agenda of the meeting on {date}; take it off that agenda before deleting it.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/store/database.py" line="-47"/>
        <source>{path} is a folder, not a JämDesk file.</source>
        <translation>{path} is a folder, not a JämDesk file.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no file {path}.</source>
        <translation>There is no file {path}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is empty, not a JämDesk file; it was not changed.</source>
        <translation>{path} is empty, not a JämDesk file; it was not changed.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>JämDesk may not write in the folder {folder}. Choose a folder you can write to.</source>
        <translation>JämDesk may not write in the folder {folder}. Choose a folder you can write to.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>JämDesk may not read {path}. Check the file&apos;s permissions.</source>
        <translation>JämDesk may not read {path}. Check the file&apos;s permissions.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file {path} is read-only. Make it writable or open a copy of it.</source>
        <translation>The file {path} is read-only. Make it writable or open a copy of it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>JämDesk may not write in the folder {folder}, which it needs for its work files. Move the file to a folder you can write to.</source>
        <translation>JämDesk may not write in the folder {folder}, which it needs for its work files. Move the file to a folder you can write to.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The file {path} was saved by a newer JämDesk (format {found}; this version reads up to {known}). Update JämDesk to open it; the file was not changed.</source>
        <translation>The file {path} was saved by a newer JämDesk (format {found}; this version reads up to {known}). Update JämDesk to open it; the file was not changed.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{path} is not a JämDesk file. Choose a file that JämDesk saved; this one was not changed.</source>
        <translation>{path} is not a JämDesk file. Choose a file that JämDesk saved; this one was not changed.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+42"/>
        <source>The disk holding {path} is full. Free some space and try again.</source>
        <translation>The disk holding {path} is full. Free some space and try again.</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+28"/>
        <source>JämDesk may not write {path}. Choose a place you can write to.</source>
        <translation>JämDesk may not write {path}. Choose a place you can write to.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>JämDesk cannot use {path}: {reason}.</source>
        <translation>JämDesk cannot use {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{path} is damaged or not a JämDesk file. Open your latest backup instead; this file was not changed.</source>
        <translation>{path} is damaged or not a JämDesk file. Open your latest backup instead; this file was not changed.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>JämDesk cannot open {path}. Check that the folder exists and that you may write in it.</source>
        <translation>JämDesk cannot open {path}. Check that the folder exists and that you may write in it.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>JämDesk could not use {path}: {reason}.</source>
        <translation>JämDesk could not use {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/store/errors.py" line="+27"/>
        <source>The file {path} is in use by another program. Close that program (or the other JämDesk window) and try again.</source>
        <translation>The file {path} is in use by another program. Close that program (or the other JämDesk window) and try again.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/store/history.py" line="+115"/>
        <source>The change cannot be dated {on}: the previous change was made on {previous}.</source>
        <translation>The change cannot be dated {on}: the previous change was made on {previous}.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/store/references.py" line="+34"/>
        <source>There is no board with id {id}.</source>
        <translation>There is no board with id {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no person with id {id}.</source>
        <translation>There is no person with id {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no delegation seat with id {id}.</source>
        <translation>There is no delegation seat with id {id}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no goal with id {id}.</source>
        <translation>There is no goal with id {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no meeting with id {id}.</source>
        <translation>There is no meeting with id {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no agenda item with id {id}.</source>
        <translation>There is no agenda item with id {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no question with id {id}.</source>
        <translation>There is no question with id {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no commitment with id {id}.</source>
        <translation>There is no commitment with id {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no reporting request with id {id}.</source>
        <translation>There is no reporting request with id {id}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no minutes with id {id}.</source>
        <translation>There are no minutes with id {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no paragraph with id {id}.</source>
        <translation>There is no paragraph with id {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no development need with id {id}.</source>
        <translation>There is no development need with id {id}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no document review with id {id}.</source>
        <translation>There is no document review with id {id}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no action with id {id} in the plan.</source>
        <translation>There is no action with id {id} in the plan.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The agenda item chosen belongs to another meeting than this one.</source>
        <translation>The agenda item chosen belongs to another meeting than this one.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The paragraph chosen is in the minutes of another meeting than this one.</source>
        <translation>The paragraph chosen is in the minutes of another meeting than this one.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/store/undo.py" line="+92"/>
        <source>Adjusted minutes cannot change, so this step cannot be undone; make a correction instead. Nothing was changed.</source>
        <translation>Adjusted minutes cannot change, so this step cannot be undone; make a correction instead. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This change can no longer be undone: {reason}. Nothing was changed.</source>
        <translation>This change can no longer be undone: {reason}. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/application.py" line="-39"/>
        <source>JämDesk could not create its folder {folder}: {reason}. Check that you may write there, or start JämDesk with --db FILE.</source>
        <translation>JämDesk could not create its folder {folder}: {reason}. Check that you may write there, or start JämDesk with --db FILE.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/services/agenda_proposals.py" line="+250"/>
        <source>Choose at least one proposal to add.</source>
        <translation>Choose at least one proposal to add.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/meeting_entry_forms.py" line="-55"/>
        <source>Choose the board.</source>
        <translation>Choose the board.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/review_dialogs.py" line="-135"/>
        <source>Choose the board whose document was reviewed.</source>
        <translation>Choose the board whose document was reviewed.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/export/templates.py" line="+32"/>
        <source>The template {path} contains macros (a .docm or .dotm file). JämDesk does not run macros: save the template in Word as a Word template (.dotx) and choose that.</source>
        <translation>The template {path} contains macros (a .docm or .dotm file). JämDesk does not run macros: save the template in Word as a Word template (.dotx) and choose that.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template {path} is not a Word document JämDesk can read. Choose a Word template (.dotx) or document (.docx).</source>
        <translation>The template {path} is not a Word document JämDesk can read. Choose a Word template (.dotx) or document (.docx).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template {path} does not exist.</source>
        <translation>The template {path} does not exist.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/export/safe_write.py" line="+33"/>
        <source>The folder {folder} does not exist. Choose another folder.</source>
        <translation>The folder {folder} does not exist. Choose another folder.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Could not replace {path}: the file is open in another program or write-protected. Close it (for example in Word) and export again.</source>
        <translation>Could not replace {path}: the file is open in another program or write-protected. Close it (for example in Word) and export again.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not save {path}: the disk is full. Free some space or choose another folder, then export again.</source>
        <translation>Could not save {path}: the disk is full. Free some space or choose another folder, then export again.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You may not save files in the folder {folder}. Choose another folder.</source>
        <translation>You may not save files in the folder {folder}. Choose another folder.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not save {path}: {reason}.</source>
        <translation>Could not save {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/services/document_data/minutes.py" line="+68"/>
        <source>The minutes with id {id} are notes of a dialogue, not a protocol.</source>
        <translation>The minutes with id {id} are notes of a dialogue, not a protocol.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The minutes with id {id} are a protocol, not notes of a dialogue.</source>
        <translation>The minutes with id {id} are a protocol, not notes of a dialogue.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/services/document_data/report.py" line="+64"/>
        <source>The period starts on {start}, after it ends on {end}. Choose a start on or before the end.</source>
        <translation>The period starts on {start}, after it ends on {end}. Choose a start on or before the end.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/services/documents.py" line="+69"/>
        <source>The meeting on {date} has no minutes yet. Draft them in the meeting first.</source>
        <translation>The meeting on {date} has no minutes yet. Draft them in the meeting first.</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/export_dialogs.py" line="-256"/>
        <source>Choose the board or the goal the report follows up.</source>
        <translation>Choose the board or the goal the report follows up.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the board the briefing is about.</source>
        <translation>Choose the board the briefing is about.</translation>
    </message>
</context>
<context>
    <name>DomainLabel</name>
    <message>
        <location filename="../../jamdesk/domain/action_plan.py" line="-24"/>
        <location filename="../../jamdesk/domain/meetings.py" line="-179"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongoing</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../jamdesk/domain/meetings.py" line="+2"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/boards.py" line="-22"/>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executive board</source>
        <translation>Executive board</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/commitments.py" line="-64"/>
        <location filename="../../jamdesk/domain/questions.py" line="-34"/>
        <location filename="../../jamdesk/domain/reviews.py" line="-69"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fulfilled</source>
        <translation>Fulfilled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not fulfilled</source>
        <translation>Not fulfilled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/goals.py" line="-20"/>
        <source>Own goal</source>
        <translation>Own goal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National sub-goal</source>
        <translation>National sub-goal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charter article</source>
        <translation>Charter article</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/meetings.py" line="-22"/>
        <source>Budget dialogue</source>
        <translation>Budget dialogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results seminar</source>
        <translation>Results seminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in meeting</source>
        <translation>Check-in meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation meeting</source>
        <translation>Delegation meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other meeting</source>
        <translation>Other meeting</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../../jamdesk/domain/people.py" line="-25"/>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../jamdesk/domain/people.py" line="+1"/>
        <source>Vice chair</source>
        <translation>Vice chair</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../jamdesk/domain/people.py" line="+1"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../jamdesk/domain/people.py" line="+1"/>
        <source>Substitute</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board representative</source>
        <translation>Board representative</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../jamdesk/domain/people.py" line="-15"/>
        <source>Official</source>
        <translation>Official</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Substitute serving</source>
        <translation>Substitute serving</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
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
        <translation>Question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/minutes.py" line="-64"/>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/people.py" line="-1"/>
        <source>Politician</source>
        <translation>Politician</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/question_bank.py" line="-27"/>
        <source>Representation</source>
        <translation>Representation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Realia</source>
        <translation>Realia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Realise (4R)</source>
        <translation>Realise (4R)</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/questions.py" line="+1"/>
        <location filename="../../jamdesk/domain/requests.py" line="-69"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs follow-up</source>
        <translation>Needs follow-up</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/requests.py" line="-2"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessed sufficient</source>
        <translation>Assessed sufficient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplement requested</source>
        <translation>Supplement requested</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Statistics by sex</source>
        <translation>Statistics by sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource-allocation analysis</source>
        <translation>Resource-allocation analysis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concrete measures</source>
        <translation>Concrete measures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written report</source>
        <translation>Written report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oral report</source>
        <translation>Oral report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other form</source>
        <translation>Other form</translation>
    </message>
    <message>
        <location filename="../../jamdesk/domain/reviews.py" line="+1"/>
        <source>Being addressed</source>
        <translation>Being addressed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business plan</source>
        <translation>Business plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual report</source>
        <translation>Annual report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interim report</source>
        <translation>Interim report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy or programme</source>
        <translation>Policy or programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other document</source>
        <translation>Other document</translation>
    </message>
    <message>
        <location filename="../../jamdesk/services/agenda_proposals.py" line="-2"/>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting request</source>
        <translation>Reporting request</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Commitment not yet kept</source>
        <translation>Commitment not yet kept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment overdue</source>
        <translation>Commitment overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report due within 30 days of the meeting</source>
        <translation>Report due within 30 days of the meeting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report overdue</source>
        <translation>Report overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report answered, not yet assessed</source>
        <translation>Report answered, not yet assessed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question not yet answered</source>
        <translation>Question not yet answered</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer needs follow-up</source>
        <translation>Answer needs follow-up</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../../jamdesk/ui/meeting_entry_forms.py" line="+5"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>ExportDialogs</name>
    <message>
        <location filename="../../jamdesk/ui/export_dialogs.py" line="+26"/>
        <source>Export document</source>
        <translation>Export document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export for the registry: choose a folder</source>
        <translation>Export for the registry: choose a folder</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace files?</source>
        <translation>Replace files?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder {folder} already holds %n of these documents. Replace them?

{names}</source>
        <translation>The folder {folder} already holds %n of these documents. Replace them?

{names}</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <location filename="../../jamdesk/ui/export_runner.py" line="+182"/>
        <source>Stopping after the document being written…</source>
        <translation>Stopping after the document being written…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing {name}…</source>
        <translation>Writing {name}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing {number} of {count}…</source>
        <translation>Writing {number} of {count}…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>JämDesk</source>
        <translation>JämDesk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The export was stopped after {written} of {count} documents.</source>
        <translation>The export was stopped after {written} of {count} documents.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Open file</source>
        <translation>&amp;Open file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open fol&amp;der</source>
        <translation>Open fol&amp;der</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved {name} in the folder {folder}.</source>
        <translation>Saved {name} in the folder {folder}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {count} documents in the folder {folder}:</source>
        <translation>Saved {count} documents in the folder {folder}:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The documents written before are kept in the folder {folder}: {names}</source>
        <translation>The documents written before are kept in the folder {folder}: {names}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
</context>
<context>
    <name>FollowUpDetail</name>
    <message>
        <location filename="../../jamdesk/ui/follow_up_detail.py" line="+83"/>
        <source>{kind} on {date}</source>
        <translation>{kind} on {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{kind} on {date}: {title}</source>
        <translation>{kind} on {date}: {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Taken up again on {date} ({kind}), item {number}: {title}</source>
        <translation>Taken up again on {date} ({kind}), item {number}: {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agenda item {number}: {title}</source>
        <translation>Agenda item {number}: {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>§ {number} {heading}</source>
        <translation>§ {number} {heading}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question asked on {date} ({status}): {text}</source>
        <translation>Question asked on {date} ({status}): {text}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commitment made on {date} ({status}): {text}</source>
        <translation>Commitment made on {date} ({status}): {text}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reporting request made on {date} ({status}): {text}</source>
        <translation>Reporting request made on {date} ({status}): {text}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer received on {date}, diary number {number} ({status})</source>
        <translation>Answer received on {date}, diary number {number} ({status})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer received on {date} ({status})</source>
        <translation>Answer received on {date} ({status})</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded as {status}</source>
        <translation>Recorded as {status}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Came from</source>
        <translation>Came from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What followed</source>
        <translation>What followed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing yet.</source>
        <translation>Nothing yet.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>FollowUpFilterBar</name>
    <message>
        <location filename="../../jamdesk/ui/follow_up_filters.py" line="+43"/>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Overdue only</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any time</source>
        <translation>any time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;lear filters</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Board:</source>
        <translation>&amp;Board:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting &amp;kind:</source>
        <translation>Meeting &amp;kind:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due &amp;within:</source>
        <translation>Due &amp;within:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>All boards</source>
        <translation>All boards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All goals</source>
        <translation>All goals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All years</source>
        <translation>All years</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../jamdesk/ui/follow_up_page.py" line="+344"/>
        <source>Choose a record in the list to see it here.</source>
        <translation>Choose a record in the list to see it here.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../jamdesk/ui/goal_dialog.py" line="+26"/>
        <source>New goal</source>
        <translation>New goal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit goal</source>
        <translation>Edit goal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Art. 12, 5 or M3</source>
        <translation>e.g. Art. 12, 5 or M3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goals of a kind are listed by this number.</source>
        <translation>Goals of a kind are listed by this number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offered for &amp;tagging</source>
        <translation>Offered for &amp;tagging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle:</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Position in list:</source>
        <translation>&amp;Position in list:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>add goal</source>
        <translation>add goal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit goal</source>
        <translation>edit goal</translation>
    </message>
</context>
<context>
    <name>GoalPicker</name>
    <message>
        <location filename="../../jamdesk/ui/goal_picker.py" line="+34"/>
        <source>Filter goals by code or title</source>
        <translation>Filter goals by code or title</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{goal} (retired)</source>
        <translation>{goal} (retired)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{kind} ({count} chosen)</source>
        <translation>{kind} ({count} chosen)</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../jamdesk/ui/goals_page.py" line="-47"/>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;retired goals</source>
        <translation>Show &amp;retired goals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New goal…</source>
        <translation>&amp;New goal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;activate</source>
        <translation>Re&amp;activate</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>reactivate goal</source>
        <translation>reactivate goal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deactivate goal</source>
        <translation>deactivate goal</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No goals yet — add your own goals, the national sub-goals or the charter&apos;s articles.</source>
        <translation>No goals yet — add your own goals, the national sub-goals or the charter&apos;s articles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No goals to show — choose “All kinds” or tick “Show retired goals”.</source>
        <translation>No goals to show — choose “All kinds” or tick “Show retired goals”.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../jamdesk/ui/main_window.py" line="+189"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo {change}</source>
        <translation>&amp;Undo {change}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo {change}</source>
        <translation>&amp;Redo {change}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>JämDesk — {organisation}</source>
        <translation>JämDesk — {organisation}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meetings: {count}</source>
        <translation>Meetings: {count}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&lt;h3&gt;JämDesk {version}&lt;/h3&gt;&lt;p&gt;The desk of the gender-equality delegation&apos;s secretary: dialogues with the boards, questions, commitments, reporting requests and the documents for the registry.&lt;/p&gt;&lt;p&gt;Open store: {path}&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;JämDesk {version}&lt;/h3&gt;&lt;p&gt;The desk of the gender-equality delegation&apos;s secretary: dialogues with the boards, questions, commitments, reporting requests and the documents for the registry.&lt;/p&gt;&lt;p&gt;Open store: {path}&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About JämDesk</source>
        <translation>About JämDesk</translation>
    </message>
</context>
<context>
    <name>MarkAnsweredDialog</name>
    <message>
        <location filename="../../jamdesk/ui/request_dialogs.py" line="-60"/>
        <source>Record the board&apos;s answer</source>
        <translation>Record the board&apos;s answer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer&apos;s diary number</source>
        <translation>The answer&apos;s diary number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Answer received on:</source>
        <translation>&amp;Answer received on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diary number:</source>
        <translation>&amp;Diary number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>record answer to request</source>
        <translation>record answer to request</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <location line="-38"/>
        <source>Mark the request as sent</source>
        <translation>Mark the request as sent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For instance KS 2026/123</source>
        <translation>For instance KS 2026/123</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sent on:</source>
        <translation>&amp;Sent on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diary number:</source>
        <translation>&amp;Diary number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>mark request sent</source>
        <translation>mark request sent</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../jamdesk/ui/meeting_dialog.py" line="+81"/>
        <source>&amp;Without end time</source>
        <translation>&amp;Without end time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example: Budgetdialog 2027</source>
        <translation>For example: Budgetdialog 2027</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boards taking part</source>
        <translation>Boards taking part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Called</source>
        <translation>Called</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person to add</source>
        <translation>Person to add</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Plan a meeting</source>
        <translation>Plan a meeting</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit the meeting</source>
        <translation>Edit the meeting</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>plan meeting</source>
        <translation>plan meeting</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>edit meeting</source>
        <translation>edit meeting</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{name} — {role}</source>
        <translation>{name} — {role}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{name} (ceased {date})</source>
        <translation>{name} (ceased {date})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} (from {date})</source>
        <translation>{name} (from {date})</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Starts:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Ends:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Boards taking part:</source>
        <translation>&amp;Boards taking part:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Called:</source>
        <translation>&amp;Called:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add pe&amp;rson:</source>
        <translation>Add pe&amp;rson:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
</context>
<context>
    <name>MeetingRecorder</name>
    <message>
        <location filename="../../jamdesk/ui/meeting_recorder.py" line="+121"/>
        <source>write notes</source>
        <translation>write notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark meeting held</source>
        <translation>Mark meeting held</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Agenda items</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agenda has no items yet: what you record is kept for the whole meeting.</source>
        <translation>The agenda has no items yet: what you record is kept for the whole meeting.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What was said at this item. Saved as you type.</source>
        <translation>What was said at this item. Saved as you type.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{form} — Enter in the last field saves, Esc closes</source>
        <translation>{form} — Enter in the last field saves, Esc closes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing recorded at this item yet — {shortcut} records a question.</source>
        <translation>Nothing recorded at this item yet — {shortcut} records a question.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The notes are not saved: {reason}</source>
        <translation>The notes are not saved: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes saved.</source>
        <translation>Notes saved.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>mark the meeting held</source>
        <translation>mark the meeting held</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/meeting_recorder_models.py" line="+118"/>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No answer yet</source>
        <translation>No answer yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{asker} to {board}</source>
        <translation>{asker} to {board}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Due {date}</source>
        <translation>Due {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No due date</source>
        <translation>No due date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Due {date} · {form} · {status}</source>
        <translation>Due {date} · {form} · {status}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reporting request</source>
        <translation>Reporting request</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/meeting_recorder.py" line="+56"/>
        <source>The meeting as a whole</source>
        <translation>The meeting as a whole</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Recorded at this item</source>
        <translation>Recorded at this item</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{question} question · {commitment} commitment · {request} reporting request · {previous} / {next} previous / next item</source>
        <translation>{question} question · {commitment} commitment · {request} reporting request · {previous} / {next} previous / next item</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Agenda &amp;items:</source>
        <translation>Agenda &amp;items:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note&amp;s:</source>
        <translation>Note&amp;s:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recorded at this ite&amp;m:</source>
        <translation>Recorded at this ite&amp;m:</translation>
    </message>
</context>
<context>
    <name>MeetingWorkspace</name>
    <message>
        <location filename="../../jamdesk/ui/meeting_workspace.py" line="+44"/>
        <source>← &amp;Back to the meetings</source>
        <translation>← &amp;Back to the meetings</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atte&amp;ndance</source>
        <translation>Atte&amp;ndance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Minutes</source>
        <translation>&amp;Minutes</translation>
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
        <translation>no place given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no boards</source>
        <translation>no boards</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../jamdesk/ui/meetings_page.py" line="+95"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;List</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year view</source>
        <translation>&amp;Year view</translation>
    </message>
    <message>
        <location line="+239"/>
        <source>Delete meeting</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the meeting “{meeting}”? Its agenda and the list of those called go with it.</source>
        <translation>Delete the meeting “{meeting}”? Its agenda and the list of those called go with it.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>delete meeting</source>
        <translation>delete meeting</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>duplicate meeting to next year</source>
        <translation>duplicate meeting to next year</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All boards</source>
        <translation>All boards</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Ye&amp;ar:</source>
        <translation>Ye&amp;ar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Board:</source>
        <translation>&amp;Board:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>No meetings match these filters. Choose “All …” to see more.</source>
        <translation>No meetings match these filters. Choose “All …” to see more.</translation>
    </message>
    <message>
        <location line="-515"/>
        <location line="+512"/>
        <source>No meetings yet — plan the first one.</source>
        <translation>No meetings yet — plan the first one.</translation>
    </message>
</context>
<context>
    <name>MeetingsTableModel</name>
    <message>
        <location filename="../../jamdesk/ui/meetings_model.py" line="+194"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boards</source>
        <translation>Boards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Called</source>
        <translation>Called</translation>
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
        <translation>No minutes yet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mar&amp;k adjusted…</source>
        <translation>Mar&amp;k adjusted…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ma&amp;ke a correction…</source>
        <translation>Ma&amp;ke a correction…</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>draft the protocol</source>
        <translation>draft the protocol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>draft the notes</source>
        <translation>draft the notes</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Remove {number} “{heading}” from the correction?</source>
        <translation>Remove {number} “{heading}” from the correction?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove {number} “{heading}” from the protocol? The paragraphs after it move up one number.</source>
        <translation>Remove {number} “{heading}” from the protocol? The paragraphs after it move up one number.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove item {number} “{heading}” from the notes? The items after it move up one number.</source>
        <translation>Remove item {number} “{heading}” from the notes? The items after it move up one number.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove paragraph</source>
        <translation>Remove paragraph</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>remove paragraph</source>
        <translation>remove paragraph</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>&amp;Draft the protocol</source>
        <translation>&amp;Draft the protocol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Draft the notes</source>
        <translation>&amp;Draft the notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The draft has a paragraph for every agenda item, written from the notes, questions, commitments and reporting requests recorded there. You then edit every paragraph.</source>
        <translation>The draft has a paragraph for every agenda item, written from the notes, questions, commitments and reporting requests recorded there. You then edit every paragraph.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Head of the minutes</source>
        <translation>Head of the minutes</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/minutes_model.py" line="+14"/>
        <source>Summary:
{text}</source>
        <translation>Summary:
{text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision:
{text}</source>
        <translation>Decision:
{text}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The decision is sent to: {names}</source>
        <translation>The decision is sent to: {names}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing written in this paragraph yet — Enter or F2 writes it.</source>
        <translation>Nothing written in this paragraph yet — Enter or F2 writes it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing written at this item yet — Enter or F2 writes it.</source>
        <translation>Nothing written at this item yet — Enter or F2 writes it.</translation>
    </message>
</context>
<context>
    <name>MinutesHeader</name>
    <message>
        <location filename="../../jamdesk/ui/minutes_header.py" line="+79"/>
        <source>e.g. KS 2026/123</source>
        <translation>e.g. KS 2026/123</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adjusters</source>
        <translation>Adjusters</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody takes part in the meeting yet: call people on the Attendance tab.</source>
        <translation>Nobody takes part in the meeting yet: call people on the Attendance tab.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Kommunhuset</source>
        <translation>e.g. Kommunhuset</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diar&amp;y number:</source>
        <translation>Diar&amp;y number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Secretary:</source>
        <translation>&amp;Secretary:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad&amp;justers:</source>
        <translation>Ad&amp;justers:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place of adjustment:</source>
        <translation>&amp;Place of adjustment:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date of adjustment:</source>
        <translation>&amp;Date of adjustment:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time of adj&amp;ustment:</source>
        <translation>Time of adj&amp;ustment:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the &amp;correction:</source>
        <translation>Reason for the &amp;correction:</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>change the minutes&apos; diary number or secretary</source>
        <translation>change the minutes&apos; diary number or secretary</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>choose adjusters</source>
        <translation>choose adjusters</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>change the place and time of adjustment</source>
        <translation>change the place and time of adjustment</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>change the reason for the correction</source>
        <translation>change the reason for the correction</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(nobody chosen)</source>
        <translation>(nobody chosen)</translation>
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
        <translation>New development need</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit development need</source>
        <translation>Edit development need</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no one board)</source>
        <translation>(no one board)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Development need:</source>
        <translation>&amp;Development need:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Board:</source>
        <translation>&amp;Board:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Identified on:</source>
        <translation>&amp;Identified on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Goals:</source>
        <translation>&amp;Goals:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>record development need</source>
        <translation>record development need</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit development need</source>
        <translation>edit development need</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../jamdesk/ui/organisation_dialog.py" line="+32"/>
        <source>Set up JämDesk</source>
        <translation>Set up JämDesk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Sjöviks kommun</source>
        <translation>e.g. Sjöviks kommun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jämställdhetsdelegationen</source>
        <translation>Jämställdhetsdelegationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Signed on</source>
        <translation>&amp;Signed on</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Use {series}, {year}, {yy} and {number} (or {number:04} for 0042).</source>
        <translation>Use {series}, {year}, {yy} and {number} (or {number:04} for 0042).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Kommunledningskontoret</source>
        <translation>e.g. Kommunledningskontoret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where adjusted protocols are kept; the notice certificate says so.</source>
        <translation>Where adjusted protocols are kept; the notice certificate says so.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Municipality or region:</source>
        <translation>&amp;Municipality or region:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delegation:</source>
        <translation>&amp;Delegation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CEMR &amp;charter:</source>
        <translation>CEMR &amp;charter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registry &amp;series:</source>
        <translation>Registry &amp;series:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diary-number &amp;pattern:</source>
        <translation>Diary-number &amp;pattern:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example:</source>
        <translation>Example:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocols &amp;kept at:</source>
        <translation>Protocols &amp;kept at:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Welcome to JämDesk. Name the organisation and its delegation; the documents for the registry carry these names. You can change them later under Tools → Organisation.</source>
        <translation>Welcome to JämDesk. Name the organisation and its delegation; the documents for the registry carry these names. You can change them later under Tools → Organisation.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>set up the organisation</source>
        <translation>set up the organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>change the organisation</source>
        <translation>change the organisation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(the pattern is not valid yet)</source>
        <translation>(the pattern is not valid yet)</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../jamdesk/ui/overview_page.py" line="-72"/>
        <source>What needs attention on {date}</source>
        <translation>What needs attention on {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to follow up: no meetings in the next 30 days and nothing overdue.</source>
        <translation>Nothing to follow up: no meetings in the next 30 days and nothing overdue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to follow up yet. Start by adding the boards and planning the first dialogue.</source>
        <translation>Nothing to follow up yet. Start by adding the boards and planning the first dialogue.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No meetings are planned in the next 30 days.</source>
        <translation>No meetings are planned in the next 30 days.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No commitment is overdue.</source>
        <translation>No commitment is overdue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No reporting request is overdue.</source>
        <translation>No reporting request is overdue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No answer is waiting to be assessed.</source>
        <translation>No answer is waiting to be assessed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every question from the meetings held has been answered.</source>
        <translation>Every question from the meetings held has been answered.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every active board has had a dialogue in the last 12 months.</source>
        <translation>Every active board has had a dialogue in the last 12 months.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+18"/>
        <source>Charter &amp;action plan</source>
        <translation>Charter &amp;action plan</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The deadline has passed and no action plan is recorded.</source>
        <translation>The deadline has passed and no action plan is recorded.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due; actions are being recorded.</source>
        <translation>Due; actions are being recorded.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due; no actions are recorded yet.</source>
        <translation>Due; no actions are recorded yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The charter, signed on {signed}, asks for an action plan within two years.</source>
        <translation>The charter, signed on {signed}, asks for an action plan within two years.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Meetings in the next 30 days: {count}</source>
        <translation>&amp;Meetings in the next 30 days: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first {shown} of {total}.</source>
        <translation>The first {shown} of {total}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {shown} oldest of {total}.</source>
        <translation>The {shown} oldest of {total}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue &amp;commitments: {count}</source>
        <translation>Overdue &amp;commitments: {count}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Overdue reporting &amp;requests: {count}</source>
        <translation>Overdue reporting &amp;requests: {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answers to a&amp;ssess: {count}</source>
        <translation>Answers to a&amp;ssess: {count}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unanswered &amp;questions: {count}</source>
        <translation>Unanswered &amp;questions: {count}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>None yet</source>
        <translation>None yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Boards without a dialogue in 12 months: {count}</source>
        <translation>&amp;Boards without a dialogue in 12 months: {count}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The {shown} longest quiet of {total}.</source>
        <translation>The {shown} longest quiet of {total}.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../jamdesk/ui/main_window.py" line="-372"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Boards</source>
        <translation>Boards</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reporting requests</source>
        <translation>Reporting requests</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reviews and development needs</source>
        <translation>Reviews and development needs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People</source>
        <translation>People</translation>
    </message>
</context>
<context>
    <name>ParagraphDialog</name>
    <message>
        <location filename="../../jamdesk/ui/minutes_dialogs.py" line="-252"/>
        <source>e.g. KS 2026/123</source>
        <translation>e.g. KS 2026/123</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Socialnämnden, Kommunstyrelsen</source>
        <translation>e.g. Socialnämnden, Kommunstyrelsen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Corrects &amp;paragraph:</source>
        <translation>Corrects &amp;paragraph:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Heading:</source>
        <translation>&amp;Heading:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diary &amp;number:</source>
        <translation>Diary &amp;number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision sen&amp;t to:</source>
        <translation>Decision sen&amp;t to:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter starts a new line in the texts; Ctrl+Enter saves.</source>
        <translation>Enter starts a new line in the texts; Ctrl+Enter saves.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save and ne&amp;xt</source>
        <translation>Save and ne&amp;xt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>add paragraph</source>
        <translation>add paragraph</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>change paragraph</source>
        <translation>change paragraph</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>New paragraph</source>
        <translation>New paragraph</translation>
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
        <translation>No paragraphs yet — Ctrl+Shift+N adds one.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The paragraph chosen</source>
        <translation>The paragraph chosen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New paragraph…</source>
        <translation>New paragraph…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a paragraph (Ctrl+Shift+N)</source>
        <translation>Add a paragraph (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the paragraph chosen (Enter or F2)</source>
        <translation>Write the paragraph chosen (Enter or F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the paragraph chosen (Del)</source>
        <translation>Remove the paragraph chosen (Del)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Signature block: {range}</source>
        <translation>Signature block: {range}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} items</source>
        <translation>{count} items</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Paragraphs</source>
        <translation>Paragraphs</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Para&amp;graphs:</source>
        <translation>Para&amp;graphs:</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../jamdesk/ui/people_page.py" line="-35"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delegation members</source>
        <translation>Delegation members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officials</source>
        <translation>Officials</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New person…</source>
        <translation>&amp;New person…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{role} from {date}</source>
        <translation>{role} from {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{role} until {date}</source>
        <translation>{role} until {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No people yet — add the delegation&apos;s members and the officials you meet.</source>
        <translation>No people yet — add the delegation&apos;s members and the officials you meet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No one has a seat in the delegation today — open a politician and add a seat.</source>
        <translation>No one has a seat in the delegation today — open a politician and add a seat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No officials yet — add the managers and officials you meet.</source>
        <translation>No officials yet — add the managers and officials you meet.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../jamdesk/ui/person_dialog.py" line="+53"/>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Förvaltningschef</source>
        <translation>e.g. Förvaltningschef</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Board:</source>
        <translation>&amp;Board:</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>Seats in the delegation</source>
        <translation>Seats in the delegation</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>YYYY-MM-DD, empty while serving</source>
        <translation>YYYY-MM-DD, empty while serving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add seat</source>
        <translation>&amp;Add seat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Until:</source>
        <translation>&amp;Until:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>En&amp;d seat</source>
        <translation>En&amp;d seat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected seat ends &amp;on:</source>
        <translation>Selected seat ends &amp;on:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the person first; then give them a seat here.</source>
        <translation>Save the person first; then give them a seat here.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seats are saved as soon as they are added or ended.</source>
        <translation>Seats are saved as soon as they are added or ended.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>give delegation seat</source>
        <translation>give delegation seat</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>end delegation seat</source>
        <translation>end delegation seat</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>add person</source>
        <translation>add person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit person</source>
        <translation>edit person</translation>
    </message>
</context>
<context>
    <name>QuestionBankDialog</name>
    <message>
        <location filename="../../jamdesk/ui/question_bank_dialog.py" line="+63"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Add questions from the bank</source>
        <translation>Add questions from the bank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question bank</source>
        <translation>Question bank</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any kind of meeting</source>
        <translation>Any kind of meeting</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any 3R/4R step</source>
        <translation>Any 3R/4R step</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show &amp;retired questions</source>
        <translation>Show &amp;retired questions</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+212"/>
        <source>Re&amp;tire</source>
        <translation>Re&amp;tire</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No questions in the bank match the filters — try another kind, step or goal.</source>
        <translation>No questions in the bank match the filters — try another kind, step or goal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The question bank is empty — add the first question with New.</source>
        <translation>The question bank is empty — add the first question with New.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>offer bank question</source>
        <translation>offer bank question</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>retire bank question</source>
        <translation>retire bank question</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete bank question</source>
        <translation>Delete bank question</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “{text}” from the question bank? Agendas it was added to keep their items. To keep it out of the way without deleting it, retire it instead.</source>
        <translation>Delete “{text}” from the question bank? Agendas it was added to keep their items. To keep it out of the way without deleting it, retire it instead.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>delete bank question</source>
        <translation>delete bank question</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>add questions from the bank</source>
        <translation>add questions from the bank</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Any goal</source>
        <translation>Any goal</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Of&amp;fer again</source>
        <translation>Of&amp;fer again</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Meeting:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3R/4R &amp;step:</source>
        <translation>3R/4R &amp;step:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Questions in the bank</source>
        <translation>Questions in the bank</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Add to the agenda</source>
        <translation>&amp;Add to the agenda</translation>
    </message>
</context>
<context>
    <name>QuestionBankEntryDialog</name>
    <message>
        <location line="-419"/>
        <source>New question for the bank</source>
        <translation>New question for the bank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bank question</source>
        <translation>Bank question</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Hur fördelas resurserna mellan kvinnor och män?</source>
        <translation>e.g. Hur fördelas resurserna mellan kvinnor och män?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No step</source>
        <translation>No step</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Question:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3R/4R &amp;step:</source>
        <translation>3R/4R &amp;step:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suits &amp;meetings:</source>
        <translation>Suits &amp;meetings:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Goals:</source>
        <translation>&amp;Goals:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>add bank question</source>
        <translation>add bank question</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>change bank question</source>
        <translation>change bank question</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <location filename="../../jamdesk/ui/follow_up_editors.py" line="-57"/>
        <source>Edit question</source>
        <translation>Edit question</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Question:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Answer:</source>
        <translation>&amp;Answer:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>edit question</source>
        <translation>edit question</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <location filename="../../jamdesk/ui/meeting_entry_forms.py" line="-76"/>
        <source>New question</source>
        <translation>New question</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As&amp;ked by:</source>
        <translation>As&amp;ked by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To boar&amp;d:</source>
        <translation>To boar&amp;d:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addressed t&amp;o:</source>
        <translation>Addressed t&amp;o:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Question:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If it was answered at once</source>
        <translation>If it was answered at once</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ans&amp;wer:</source>
        <translation>Ans&amp;wer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Space ticks a goal the question concerns.</source>
        <translation>Space ticks a goal the question concerns.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Goals:</source>
        <translation>&amp;Goals:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(nobody named)</source>
        <translation>(nobody named)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>record question</source>
        <translation>record question</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <location filename="../../jamdesk/ui/questions_page.py" line="+35"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No questions yet — they are recorded at the meetings with the boards.</source>
        <translation>No questions yet — they are recorded at the meetings with the boards.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No questions match these filters.</source>
        <translation>No questions match these filters.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question to {board}</source>
        <translation>Question to {board}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked at</source>
        <translation>Asked at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} on {date}</source>
        <translation>{kind} on {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asked by</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put to</source>
        <translation>Put to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered on</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The status of this question can no longer change.</source>
        <translation>The status of this question can no longer change.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete the question “{question}” with its history?</source>
        <translation>Delete the question “{question}” with its history?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>delete question</source>
        <translation>delete question</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../jamdesk/ui/export_dialogs.py" line="+90"/>
        <source>Follow-up report</source>
        <translation>Follow-up report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a &amp;board</source>
        <translation>a &amp;board</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a &amp;goal</source>
        <translation>a &amp;goal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Public version without personal names</source>
        <translation>&amp;Public version without personal names</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report on:</source>
        <translation>Report on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <location filename="../../jamdesk/ui/follow_up_editors.py" line="+54"/>
        <source>Edit reporting request</source>
        <translation>Edit reporting request</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;What to report:</source>
        <translation>&amp;What to report:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Form:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;tails:</source>
        <translation>De&amp;tails:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due date:</source>
        <translation>&amp;Due date:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>edit reporting request</source>
        <translation>edit reporting request</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <location filename="../../jamdesk/ui/meeting_entry_forms.py" line="+78"/>
        <source>New reporting request</source>
        <translation>New reporting request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boar&amp;d:</source>
        <translation>Boar&amp;d:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What to report:</source>
        <translation>&amp;What to report:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In what f&amp;orm:</source>
        <translation>In what f&amp;orm:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. broken down by sex and age</source>
        <translation>e.g. broken down by sex and age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detai&amp;ls:</source>
        <translation>Detai&amp;ls:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;ue date:</source>
        <translation>D&amp;ue date:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>record reporting request</source>
        <translation>record reporting request</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../jamdesk/ui/requests_page.py" line="+39"/>
        <source>Reporting requests</source>
        <translation>Reporting requests</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No reporting requests yet — they ask a board to report back by a given date.</source>
        <translation>No reporting requests yet — they ask a board to report back by a given date.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No reporting requests match these filters.</source>
        <translation>No reporting requests match these filters.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reporting request to {board}</source>
        <translation>Reporting request to {board}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{kind} on {date}</source>
        <translation>{kind} on {date}</translation>
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
        <translation>Decided at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diary number</source>
        <translation>Diary number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer received on</source>
        <translation>Answer received on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer&apos;s diary number</source>
        <translation>Answer&apos;s diary number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessed on</source>
        <translation>Assessed on</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The request is “{status}”: only drafts and requests for a supplement can be changed.</source>
        <translation>The request is “{status}”: only drafts and requests for a supplement can be changed.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The answer was found sufficient: the request is settled.</source>
        <translation>The answer was found sufficient: the request is settled.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the reporting request “{request}”?</source>
        <translation>Delete the reporting request “{request}”?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>delete reporting request</source>
        <translation>delete reporting request</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../jamdesk/ui/review_dialogs.py" line="-113"/>
        <source>New document review</source>
        <translation>New document review</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit document review</source>
        <translation>Edit document review</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Board:</source>
        <translation>&amp;Board:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document &amp;title:</source>
        <translation>Document &amp;title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind of document:</source>
        <translation>&amp;Kind of document:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document &amp;date:</source>
        <translation>Document &amp;date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reviewed on:</source>
        <translation>&amp;Reviewed on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Findings:</source>
        <translation>&amp;Findings:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Goals:</source>
        <translation>&amp;Goals:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>record document review</source>
        <translation>record document review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit document review</source>
        <translation>edit document review</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <location filename="../../jamdesk/ui/review_tabs.py" line="-203"/>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Board:</source>
        <translation>&amp;Board:</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Document reviews</source>
        <translation>Document reviews</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New review…</source>
        <translation>&amp;New review…</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/reviews_page.py" line="+36"/>
        <source>&amp;Document reviews</source>
        <translation>&amp;Document reviews</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/review_tabs.py" line="+102"/>
        <source>Development needs</source>
        <translation>Development needs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New need…</source>
        <translation>&amp;New need…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open or being addressed</source>
        <translation>Open or being addressed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All, closed too</source>
        <translation>All, closed too</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/reviews_page.py" line="+1"/>
        <source>Develo&amp;pment needs</source>
        <translation>Develo&amp;pment needs</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/action_plan_tab.py" line="+22"/>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No actions in the plan yet — add the charter&apos;s first action.</source>
        <translation>No actions in the plan yet — add the charter&apos;s first action.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>&amp;New action…</source>
        <translation>&amp;New action…</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/reviews_page.py" line="+1"/>
        <source>CEMR &amp;action plan</source>
        <translation>CEMR &amp;action plan</translation>
    </message>
    <message>
        <location filename="../../jamdesk/ui/review_tabs.py" line="-191"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Delete the review of “{document}” made on {date}? Undo brings it back.</source>
        <translation>Delete the review of “{document}” made on {date}? Undo brings it back.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>delete document review</source>
        <translation>delete document review</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Delete the development need “{need}”? Undo brings it back.</source>
        <translation>Delete the development need “{need}”? Undo brings it back.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>delete development need</source>
        <translation>delete development need</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>All boards</source>
        <translation>All boards</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>No document reviews yet — record the first governance document you review.</source>
        <translation>No document reviews yet — record the first governance document you review.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No reviews of this board&apos;s documents yet.</source>
        <translation>No reviews of this board&apos;s documents yet.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>No development needs yet — note the first gap the delegation finds.</source>
        <translation>No development needs yet — note the first gap the delegation finds.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No development needs match — choose “All boards” and “All, closed too”.</source>
        <translation>No development needs match — choose “All boards” and “All, closed too”.</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../jamdesk/ui/search_popup.py" line="-21"/>
        <source>Meetings ({count})</source>
        <translation>Meetings ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda items ({count})</source>
        <translation>Agenda items ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions ({count})</source>
        <translation>Questions ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments ({count})</source>
        <translation>Commitments ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting requests ({count})</source>
        <translation>Reporting requests ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes and notes ({count})</source>
        <translation>Minutes and notes ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boards ({count})</source>
        <translation>Boards ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People ({count})</source>
        <translation>People ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Development needs ({count})</source>
        <translation>Development needs ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document reviews ({count})</source>
        <translation>Document reviews ({count})</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>§ {number}</source>
        <translation>§ {number}</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>The best {shown} of {count} are listed; type more words to narrow the search.</source>
        <translation>The best {shown} of {count} are listed; type more words to narrow the search.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search meetings, questions, answers…</source>
        <translation>Search meetings, questions, answers…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search everything</source>
        <translation>Search everything</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Type to search everything: meetings, questions, answers, commitments…</source>
        <translation>Type to search everything: meetings, questions, answers, commitments…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing found for “{text}”.</source>
        <translation>Nothing found for “{text}”.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../jamdesk/ui/settings_dialog.py" line="+52"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>JämDesk shows the language you choose the next time you start it.</source>
        <translation>JämDesk shows the language you choose the next time you start it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>JämDesk&apos;s own template</source>
        <translation>JämDesk&apos;s own template</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word template</source>
        <translation>Word template</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use JämDesk&apos;s &amp;own</source>
        <translation>Use JämDesk&apos;s &amp;own</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exported documents take their letterhead, logo and styles from the template: a Word template (.dotx) or document (.docx).</source>
        <translation>Exported documents take their letterhead, logo and styles from the template: a Word template (.dotx) or document (.docx).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Word template:</source>
        <translation>&amp;Word template:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Choose a Word template</source>
        <translation>Choose a Word template</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word templates and documents (*.dotx *.docx);;All files (*)</source>
        <translation>Word templates and documents (*.dotx *.docx);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../jamdesk/ui/shortcuts_dialog.py" line="+26"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../jamdesk/ui/status_dialog.py" line="+47"/>
        <source>Change the status of the question</source>
        <translation>Change the status of the question</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change the status of the commitment</source>
        <translation>Change the status of the commitment</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New due date</source>
        <translation>New due date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why, or what was decided</source>
        <translation>Why, or what was decided</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now:</source>
        <translation>Now:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;status:</source>
        <translation>New &amp;status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Answer:</source>
        <translation>&amp;Answer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ue:</source>
        <translation>D&amp;ue:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>answer question</source>
        <translation>answer question</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>change the status of a question</source>
        <translation>change the status of a question</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>change the status of a commitment</source>
        <translation>change the status of a commitment</translation>
    </message>
</context>
<context>
    <name>StoreCheck</name>
    <message>
        <location filename="../../jamdesk/ui/store_check.py" line="+15"/>
        <source>Check the store</source>
        <translation>Check the store</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The store is sound: SQLite&apos;s checks and JämDesk&apos;s own rules all pass.</source>
        <translation>The store is sound: SQLite&apos;s checks and JämDesk&apos;s own rules all pass.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The check found {count} problems. Keep a copy of the file and pass the details on to whoever supports JämDesk.</source>
        <translation>The check found {count} problems. Keep a copy of the file and pass the details on to whoever supports JämDesk.</translation>
    </message>
</context>
<context>
    <name>VersionBar</name>
    <message>
        <location filename="../../jamdesk/ui/minutes_versions.py" line="+25"/>
        <source>Original or correction</source>
        <translation>Original or correction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versi&amp;on:</source>
        <translation>Versi&amp;on:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Original protocol</source>
        <translation>Original protocol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Original notes</source>
        <translation>Original notes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correction {number} ({date})</source>
        <translation>Correction {number} ({date})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Correction {number} (not adjusted)</source>
        <translation>Correction {number} (not adjusted)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Adjusted on {date}. Adjusted minutes cannot change; make a correction instead.</source>
        <translation>Adjusted on {date}. Adjusted minutes cannot change; make a correction instead.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A correction of the protocol adjusted on {date}. Add each paragraph it corrects under that paragraph&apos;s number, then mark the correction adjusted.</source>
        <translation>A correction of the protocol adjusted on {date}. Add each paragraph it corrects under that paragraph&apos;s number, then mark the correction adjusted.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A correction of the notes adjusted on {date}. Add each item it corrects under that item&apos;s number, then mark the correction adjusted.</source>
        <translation>A correction of the notes adjusted on {date}. Add each item it corrects under that item&apos;s number, then mark the correction adjusted.</translation>
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
        <translation>CI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DM</source>
        <translation>DM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OM</source>
        <translation>OM</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{kind}, {date}, {time}, {status}</source>
        <translation>{kind}, {date}, {time}, {status}</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No dialogue has been held with {board} yet.</source>
        <translation>No dialogue has been held with {board} yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No dialogue held with {board} in the last 12 months; the last was on {date}.</source>
        <translation>No dialogue held with {board} in the last 12 months; the last was on {date}.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ye&amp;ar:</source>
        <translation>Ye&amp;ar:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BD budget dialogue, RS results seminar, CI check-in, DM delegation meeting, OM other. Held: BD 12; planned: (BD 12); cancelled: struck out. Red: no dialogue held in the last 12 months.</source>
        <translation>BD budget dialogue, RS results seminar, CI check-in, DM delegation meeting, OM other. Held: BD 12; planned: (BD 12); cancelled: struck out. Red: no dialogue held in the last 12 months.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Year view</source>
        <translation>Year view</translation>
    </message>
</context>
</TS>
