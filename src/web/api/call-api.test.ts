import { afterEach, describe, expect, it, vi } from 'vitest';
import { type CallResult, callApi } from './call-api';

function answer(body: unknown, status = 200) {
  const fetchMock = vi.fn(
    async (_url: string, _init?: RequestInit) => new Response(JSON.stringify(body), { status }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('callApi', () => {
  it('takes method and path from the key, fills in path parameters and sends the body', async () => {
    const fetchMock = answer({ id: 'a' });
    await callApi('PUT /api/associations/:id/mentor-sharing', {
      params: { id: 'a b/c' },
      body: { sharesMentors: true },
    });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/associations/a%20b%2Fc/mentor-sharing');
    expect(init?.method).toBe('PUT');
    expect(init?.body).toBe('{"sharesMentors":true}');
  });

  it('puts the filled-in query fields in the address and sends no body on GET', async () => {
    const fetchMock = answer({ items: [], total: 0, page: 1, pageSize: 10 });
    await callApi('GET /api/associations', { query: { page: 2, pageSize: 10, q: undefined } });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/associations?page=2&pageSize=10');
    expect(init?.method).toBe('GET');
    expect(init?.body).toBeUndefined();
  });

  it('types input and result from the declaration', async () => {
    answer({ status: 'ok', database: 'sqlite', version: '1', needsSetup: false });
    const health: CallResult<'GET /api/health'> = await callApi('GET /api/health');
    expect(health.database).toBe('sqlite');
    // Compiled, not run: each line below must be a type error.
    const typeChecks = async () => {
      // @ts-expect-error the path parameter is required
      await callApi('GET /api/associations/:id');
      const wrongBody = { params: { id: 'x' }, body: { shares: true } };
      // @ts-expect-error the body misses the declared field
      await callApi('PUT /api/associations/:id/mentor-sharing', wrongBody);
      // @ts-expect-error an endpoint that is not declared
      await callApi('GET /api/nowhere');
    };
    expect(typeChecks).toBeTypeOf('function');
  });
});
