pu-below-title = Kursen blir inte av med de här platserna
pu-below = Den gemensamma upphandlingen ”{ $course }” (#{ $id }) föll under minimiantalet: nu finns { $committed } platser, det behövs { $min }. Kursen blir av om fler platser kommer till före { $deadline } – annars ställs den in och ingen betalar något.
pu-need-updated = Jag uppdaterade det tidigare behovet för din organisation { $organisation }: { $seats } platser på kursen { $course } senast { $date } ({ $municipality }). Samma kurs för samma tid räknas bara en gång.
