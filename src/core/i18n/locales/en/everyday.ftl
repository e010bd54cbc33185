# Everyday use: the terminal's own notes, and words shared by the everyday tools.
terminal-question-open = I am waiting for your answer. Type it. To press a button instead, type # and its number, for example #1.
terminal-no-button = The newest message has no button { $n }.
terminal-form-no-button = The form is still open, and its question has no button { $n }. A number presses only this question's buttons.
terminal-question-again = The form is still open. The question waits for your answer:
terminal-form-still-open = You have an unfinished form open, and the next line you type is the answer to its question. If you do not want to continue it, type /cancel.
help-section-terminal = In the terminal
help-terminal = Buttons are shown as numbers, for example [1]. Press a button by typing its number.
    While I wait for your answer, a number is your answer. The buttons then look like this: [#1]. Press a button by typing #1.
    /as Name – switch who is typing.
    Ctrl+D – quit.
help-section-slack = In Slack
help-slack = Type a command like this: /mk and the command, for example /mk ask. In the app's messages you can also type !ask. Answer my questions in the app's messages.
help-section-staff = For staff
help-staff = With a request's buttons you can hide it, close it or open it again. The buttons are on the staff channel's posts and in the /open list.
    /open closed – requests closed, hidden or expired in the last 30 days. You can open one again with its button.
    /digest preview – see the coming weekly digest.
    /digest send – send the weekly digest now.
    /report – what the network achieved: figures and pictures (also /report quarter, year or 1.1.2026–30.6.2026).
    /coursetype – see the course types or add one.
    /purchase 12 – any purchase's participant list, closing and cancelling.
    /hide place 12 or /hide profile 5 – take a place or an organisation's profile off the portal at once. New places and profiles are published with the Approve and publish button.
organisation-similar = The network already has { $organisation } ({ $municipality }). Did you mean that one? If “{ $name }” is another organisation, I will add it as new.
organisation-button-join-existing = Yes, join { $organisation }
organisation-button-add-new = No, add new: { $name }
pu-button-manage = Organiser #{ $id }: list, close, cancel
hr-status-resolved-hint = thank you, helpers!
hr-quoted = “{ $text }”
hr-error-until-no-such-day = There is no day { $date }: that month has only { $days } days. Type another day, for example 24.12.2026, or a number of days, for example 14.
pu-err-date-no-such-day = There is no day { $date }: that month has only { $days } days. Check the day and the month.
pu-post-date = Course day: { $date }
pu-post-place = Place: { $place }
course-jarjestysmies = Security guard training
course-hygieniapassi = Hygiene passport
course-tyoturvallisuuskortti = Occupational safety card
course-ensiapu = First aid course (EA1)
course-atk = IT course
course-ruoanlaitto = Cooking course
