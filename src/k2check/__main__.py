from k2check.cli import main

main()
