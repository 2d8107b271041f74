/** A Graph response body as tests read it: the shapes the wire contract promises, all optional. */
export interface WireBody {
  readonly error?: { readonly code: string; readonly message: string };
  readonly value?: readonly WireBody[];
  readonly '@odata.nextLink'?: string;
  readonly '@odata.etag'?: string;
  readonly id?: string;
  readonly eTag?: string;
  readonly name?: string;
  readonly displayName?: string;
  readonly indexed?: boolean;
  readonly fields?: Readonly<Record<string, unknown>>;
  readonly columns?: readonly WireBody[];
  readonly createdBy?: { readonly user: { readonly id: string; readonly displayName: string } };
  readonly lastModifiedBy?: { readonly user: { readonly id: string; readonly displayName: string } };
  readonly responses?: readonly {
    readonly id: string;
    readonly status: number;
    readonly headers: Readonly<Record<string, string>>;
    readonly body?: WireBody;
  }[];
  readonly [key: string]: unknown;
}
