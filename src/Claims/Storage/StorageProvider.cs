namespace CoopAssistant.Claims.Storage;

public enum StorageProvider
{
    Sqlite = 0,
    PostgreSQL = 1,
}
