/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Government level of a region. County-level cities and districts are COUNTY. */
export type RegionLevel = 'CITY' | 'COUNTY' | 'PROVINCE';

export type SuperiorPoliciesQueryVariables = Exact<{ [key: string]: never }>;

export type SuperiorPoliciesQuery = {
  policies: {
    edges: Array<{
      node: {
        id: string;
        title: string;
        docNumber: string | null;
        stub: boolean;
        region: { code: string; name: string; level: RegionLevel } | null;
        implementedBy: Array<{ id: string }>;
      };
    }>;
  };
};

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const SuperiorPoliciesDocument = new TypedDocumentString(`
    query SuperiorPolicies {
  policies(first: 50, filter: {includeStubs: true}) {
    edges {
      node {
        id
        title
        docNumber
        stub
        region {
          code
          name
          level
        }
        implementedBy {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SuperiorPoliciesQuery, SuperiorPoliciesQueryVariables>;
