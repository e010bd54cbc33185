cmd-mydata = Se vad som har sparats om dig
cmd-deletedata = Radera dina uppgifter
md-export-intro = Här är allt som har sparats om dig (JSON-fil).
md-delete-confirm-title = Ska dina uppgifter raderas?
md-delete-yes = Ja, radera
md-delete-no = Nej, behåll
md-delete-kept = Bra, dina uppgifter är kvar som de var.
