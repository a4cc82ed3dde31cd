import { CallHandler, createParamDecorator, ExecutionContext, Injectable, NestInterceptor, UseInterceptors } from '@nestjs/common';
import type { Request } from 'express';
import { Observable } from 'rxjs';
import { validationProblem } from '../../common/filters/problem';
import { RawFieldFilter, splitCustomFieldQuery } from './custom-field-filters';

type WithCustomFieldQuery = Request & { customFieldQuery?: RawFieldFilter[] };

/**
 * Moves the `cf.*` parameters out of `req.query` before the list's DTO sees it (interceptors run
 * before pipes). Express 5 computes `req.query` on every read, so the rest is set as the
 * request's own property, which the getter on the prototype then stands behind.
 */
@Injectable()
export class CustomFieldQueryInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<WithCustomFieldQuery>();
    const { rest, filters, errors } = splitCustomFieldQuery(request.query as Record<string, unknown>);
    if (errors.length) throw validationProblem(errors);
    Object.defineProperty(request, 'query', { value: rest, writable: true, configurable: true, enumerable: true });
    request.customFieldQuery = filters;
    return next.handle();
  }
}

/**
 * On a list route: accepts `cf.*` filters, read with `@CustomFieldParams()`. The route's summary
 * says so (CUSTOM_FIELD_FILTERS_DOC): OpenAPI has no way to declare a family of parameter names.
 */
export const AcceptsCustomFieldFilters = () => UseInterceptors(CustomFieldQueryInterceptor);

export const CUSTOM_FIELD_FILTERS_DOC =
  'custom fields: cf.<key>=v (equality; a multiselect contains v; repeated: any of them), cf.<key>[gte|lte|gt|lt]=v (number, date, datetime), ' +
  'cf.<key>[empty]=true|false, sort=cf.<key> or -cf.<key> (empty values last ascending, first descending)';

/** The `cf.*` filters AcceptsCustomFieldFilters took out of the query, unchecked against the definitions. */
export const CustomFieldParams = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RawFieldFilter[] => context.switchToHttp().getRequest<WithCustomFieldQuery>().customFieldQuery ?? [],
);
