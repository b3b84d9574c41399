// Linked with one stage library whole (every object of it) and only the
// libraries that stage declares (CMakeLists.txt: secx_check_layering): a
// stage that calls into a stage above it, or into a library it does not
// declare, fails to link here.
int main() { return 0; }
