#if canImport(Glibc)
import Glibc
#endif

extension MessageCatalog {
    /// The system errors a file operation meets, in English (not the C library's `strerror`,
    /// whose words follow the machine's locale).
    static let englishSystemErrors: [Int32: String] = [
        EPERM: "the operation is not permitted",
        ENOENT: "no such file or folder",
        EIO: "a read or write error of the disk",
        ENXIO: "no such device, or nothing reads from it",
        EACCES: "permission denied",
        EBUSY: "the device or file is busy",
        EEXIST: "the file exists already",
        EXDEV: "the link points to another file system",
        ENODEV: "no such device",
        ENOTDIR: "a part of the path is not a folder",
        EISDIR: "it is a folder",
        EINVAL: "an invalid argument",
        ENFILE: "too many files are open on the system",
        EMFILE: "too many files are open",
        ETXTBSY: "the file is a running program",
        EFBIG: "the file would be too large",
        ENOSPC: "no space left on the disk",
        ESPIPE: "the file cannot be positioned",
        EROFS: "the file system is read-only",
        EPIPE: "the reader has gone away",
        ENAMETOOLONG: "the file name is too long",
        ELOOP: "too many symbolic links in the path",
        EDQUOT: "the disk quota is used up",
        ENOMEM: "out of memory",
        EAGAIN: "the resource is busy; try again",
        EINTR: "interrupted",
    ]

    /// 文件操作可能遇到的系统错误。
    static let chineseSystemErrors: [Int32: String] = [
        EPERM: "不允许该操作",
        ENOENT: "没有那个文件或文件夹",
        EIO: "磁盘读写错误",
        ENXIO: "没有该设备，或没有程序在读取它",
        EACCES: "权限不够",
        EBUSY: "设备或文件正忙",
        EEXIST: "文件已存在",
        EXDEV: "链接指向另一个文件系统",
        ENODEV: "没有该设备",
        ENOTDIR: "路径中有一部分不是文件夹",
        EISDIR: "这是一个文件夹",
        EINVAL: "参数无效",
        ENFILE: "系统打开的文件过多",
        EMFILE: "打开的文件过多",
        ETXTBSY: "该文件是正在运行的程序",
        EFBIG: "文件将会过大",
        ENOSPC: "磁盘空间不足",
        ESPIPE: "该文件不能定位",
        EROFS: "文件系统是只读的",
        EPIPE: "读取方已退出",
        ENAMETOOLONG: "文件名过长",
        ELOOP: "路径中符号链接过多",
        EDQUOT: "磁盘配额已用完",
        ENOMEM: "内存不足",
        EAGAIN: "资源正忙，请重试",
        EINTR: "被中断",
    ]
}
