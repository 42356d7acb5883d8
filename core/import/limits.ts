/** One judgment is a few hundred KB at most; anything much larger is a wrong file or a scan. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_FILE_MB = MAX_FILE_BYTES / 1024 / 1024;
/** Files per import.preview call, so that one request stays within memory on a laptop. */
export const MAX_FILES_PER_CALL = 2000;
