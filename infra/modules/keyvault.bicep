// Key Vault (RBAC) holding the Data Protection certificate: the host encrypts its key ring (stored in PostgreSQL) with it
// (DataProtection:CertificatePath). Key Vault certificates have no ARM resource, so a deployment script creates it once with
// Key Vault's default policy (self-signed, RSA 2048, renewed by Key Vault before expiry).
param name string
param location string
@description('Principal that reads the certificate (the container app\'s user-assigned identity).')
param readerPrincipalId string
@description('The user-assigned identity the deployment script runs as.')
param scriptIdentityId string
param scriptPrincipalId string
param certificateName string = 'dataprotection'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
  }
}

// Key Vault Secrets User (the app reads the certificate's secret) and Key Vault Certificates Officer (the script creates it).
var secretsUser = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')
var certificatesOfficer = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'a4417e6f-fecd-4de8-b567-7b0420556985')

resource read 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, readerPrincipalId, secretsUser)
  scope: vault
  properties: {
    roleDefinitionId: secretsUser
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource create 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, scriptPrincipalId, certificatesOfficer)
  scope: vault
  properties: {
    roleDefinitionId: certificatesOfficer
    principalId: scriptPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource certificate 'Microsoft.Resources/deploymentScripts@2023-08-01' = {
  name: '${name}-dataprotection-certificate'
  location: location
  kind: 'AzureCLI'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${scriptIdentityId}': {} }
  }
  properties: {
    azCliVersion: '2.61.0'
    retentionInterval: 'PT1H'
    timeout: 'PT15M'
    environmentVariables: [
      { name: 'VAULT', value: vault.name }
      { name: 'CERTIFICATE', value: certificateName }
    ]
    scriptContent: '''
      set -e
      if ! az keyvault certificate show --vault-name "$VAULT" --name "$CERTIFICATE" > /dev/null 2>&1; then
        az keyvault certificate get-default-policy > policy.json
        az keyvault certificate create --vault-name "$VAULT" --name "$CERTIFICATE" --policy @policy.json > /dev/null
      fi
    '''
  }
  dependsOn: [create]
}

@description('The certificate\'s secret (its PFX, base64) as Container Apps references it.')
output certificateSecretUrl string = '${vault.properties.vaultUri}secrets/${certificateName}'
output name string = vault.name
output scriptName string = certificate.name
