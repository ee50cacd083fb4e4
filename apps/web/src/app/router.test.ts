import { describe, expect, it } from 'vitest';
import { findRoute, matchPath, pathTo } from './router.js';

describe('matchPath', () => {
  it('matches static paths, ignoring a trailing slash', () => {
    expect(matchPath('/accounts', '/accounts')).toEqual({});
    expect(matchPath('/accounts', '/accounts/')).toEqual({});
    expect(matchPath('/', '/')).toEqual({});
  });

  it('captures and decodes parameters', () => {
    expect(matchPath('/accounts/:id', '/accounts/QWNjb3VudDox%3D')).toEqual({
      id: 'QWNjb3VudDox=',
    });
  });

  it('rejects other paths', () => {
    expect(matchPath('/accounts/:id', '/accounts')).toBeNull();
    expect(matchPath('/accounts', '/orders')).toBeNull();
    expect(matchPath('/accounts/:id', '/accounts/%E0%A4%A')).toBeNull();
  });
});

describe('pathTo', () => {
  it('encodes parameters so they survive the round trip', () => {
    const path = pathTo('/accounts/:id', { id: 'a/b=' });
    expect(path).toBe('/accounts/a%2Fb%3D');
    expect(matchPath('/accounts/:id', path)).toEqual({ id: 'a/b=' });
  });
});

describe('findRoute', () => {
  const routes = [{ path: '/accounts' }, { path: '/accounts/:id' }];

  it('picks the first matching route', () => {
    expect(findRoute(routes, '/accounts/42')).toEqual({ route: routes[1], params: { id: '42' } });
    expect(findRoute(routes, '/refunds')).toBeNull();
  });
});
