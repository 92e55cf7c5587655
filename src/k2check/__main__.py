from k2check.entry import main

main()
