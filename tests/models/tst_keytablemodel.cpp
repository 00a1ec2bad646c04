int main() { return 0; } // placeholder: test in progress
