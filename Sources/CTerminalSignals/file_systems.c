/* What kind of file system a folder is on (see include/terminal_signals.h). */

#include "terminal_signals.h"

#ifdef __linux__
#include <sys/vfs.h>

int optout_folder_takes_no_files(const char *folder) {
    struct statfs info;
    if (statfs(folder, &info) != 0) return 0;
    switch ((unsigned long)info.f_type) {
    case 0x9fa0UL:     /* proc */
    case 0x62656572UL: /* sysfs */
    case 0x27e0ebUL:   /* cgroup */
    case 0x63677270UL: /* cgroup2 */
        return 1;
    default:
        return 0;
    }
}
#else
int optout_folder_takes_no_files(const char *folder) {
    (void)folder;
    return 0;
}
#endif
