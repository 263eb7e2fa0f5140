namespace CoopAssistant.Claims.Model;

/// <summary>The four kinds of evidence a successful claim includes (FACTS A).</summary>
public enum EvidenceKind
{
    /// <summary>Documentation showing the activity's core requirements were met.</summary>
    CoreRequirementDocumentation = 0,

    /// <summary>Invoice from a third-party vendor.</summary>
    VendorInvoice = 1,

    /// <summary>Certification Statement and Report (CSR; "SAC" in the pt-BR seed) for in-house work.</summary>
    CertificationStatement = 2,

    /// <summary>Proof of execution (POE).</summary>
    ProofOfExecution = 3,
}
