pu-below-title = Kursen blir inte av med de här platserna
pu-below = Den gemensamma upphandlingen ”{ $course }” (#{ $id }) föll under minimiantalet: nu finns { $committed } platser, det behövs { $min }. Kursen blir av om fler platser kommer till före { $deadline } – annars ställs den in och ingen betalar något.
pu-need-updated = Jag uppdaterade det tidigare behovet för din organisation { $organisation }: { $seats ->
        [one] 1 plats
       *[other] { $seats } platser
    } på kursen { $course } senast { $date } ({ $municipality }). Samma kurs för samma tid räknas bara en gång.
pu-error-flood = Din organisation har redan publicerat { $limit } gemensamma upphandlingar det senaste dygnet. Du kan publicera en ny i morgon – eller kontakta nätverkets koordinator om det är bråttom.
pu-own-needs-title = Din organisations behov
pu-own-need-line = #{ $id } { $course }: { $seats ->
        [one] 1 plats
       *[other] { $seats } platser
    } senast { $date } ({ $municipality })
pu-own-needs-hint = Du kan ändra eller ta bort ett behov nedan. Ett nytt behov på en rad: /tarve hygieniapassi 6 31.3.2027 Lahti
pu-button-need-change = Ändra #{ $id }
pu-button-need-delete = Ta bort #{ $id }
pu-button-need-new = Nytt behov
pu-need-deleted = Behov #{ $id } borttaget. Det syns inte längre för andra och räknas inte i gemensamma upphandlingar.
