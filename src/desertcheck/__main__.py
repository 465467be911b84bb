from desertcheck.launch import main

main()
