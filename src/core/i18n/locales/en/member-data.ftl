cmd-mydata = See what is stored about you
cmd-deletedata = Delete your data
md-export-intro = Here is everything stored about you (a JSON file).
md-delete-confirm-title = Delete your data?
md-delete-yes = Yes, delete
md-delete-no = No, keep it
md-delete-kept = Good, your data stays as it was.
