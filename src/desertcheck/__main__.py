from desertcheck.launch import entry

entry()
