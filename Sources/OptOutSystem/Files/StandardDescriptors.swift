import OptOutCore

/// Standard input, output and error, made safe to leave closed.
public enum StandardDescriptors {
    /// Puts a descriptor that fails on use in place of each of 0, 1 and 2 that is closed: the read end of a
    /// pipe on 1 and 2 (writes fail with EBADF), the write end on 0 (reads fail). Then no file optout opens
    /// later (the lock file, a progress file) can take one of those numbers and receive prompts, or be read
    /// as answers; output to a closed standard output fails as it should. Needs no file system.
    public static func guardClosed() {
        for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            var ends: [Int32] = [-1, -1]
            guard pipe(&ends) == 0 else { return }
            let keep = descriptor == 0 ? ends[1] : ends[0]
            let other = descriptor == 0 ? ends[0] : ends[1]
            if keep != descriptor {
                // When `other` landed on `descriptor`, dup2 replaces it.
                _ = dup2(keep, descriptor)
                close(keep)
            }
            if other != descriptor { close(other) }
        }
    }
}
