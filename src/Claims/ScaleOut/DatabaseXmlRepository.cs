using System.Xml.Linq;
using CoopAssistant.Claims.Storage;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;

namespace CoopAssistant.Claims.ScaleOut;

/// <summary>Keeps the Data Protection key ring in the claims database, so a link protected by one host is read by any other
/// (and survives a redeploy). The keys are stored as Data Protection writes them.</summary>
public sealed class DatabaseXmlRepository(ClaimsDatabase database) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var context = database.ForSystem();
        return [.. context.Set<DataProtectionKeyEntity>().AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).AsEnumerable().Select(x => XElement.Parse(x))];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var context = database.ForSystem();
        context.Set<DataProtectionKeyEntity>().Add(new DataProtectionKeyEntity { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        context.SaveChanges();
    }
}
