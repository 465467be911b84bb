from desertcheck.cli import main

main()
