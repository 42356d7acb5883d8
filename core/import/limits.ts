/** One judgment is a few hundred KB at most; anything much larger is a wrong file or a scan. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_FILE_MB = MAX_FILE_BYTES / 1024 / 1024;
