// The C library, in one place: every target that makes system calls imports OptOutSystem, which
// re-exports the platform's C module (Glibc, Musl or Darwin), instead of repeating the choice.
#if canImport(Glibc)
@_exported import Glibc
#elseif canImport(Musl)
@_exported import Musl
#elseif canImport(Darwin)
@_exported import Darwin
#endif
