declare const tenantBrand: unique symbol;

/** A municipality id known to the registry. Only TenantRegistry and TenantContext mint one. */
export type TenantId = string & { readonly [tenantBrand]: true };

export const UNION_ID = 'unione-valle-savio';
