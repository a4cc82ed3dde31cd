import { Type as NestType } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { validationProblem } from '../filters/problem';

/** `?limit=50&offset=0`: the paging of every list. */
export class PageQueryDto {
  /** Page size, at most 200. */
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit = 50;

  /** Rows to skip. */
  @ApiPropertyOptional({ type: 'integer', minimum: 0, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset = 0;
}

/** `?limit=50&offset=0&sort=-createdAt&search=...`, shared by every list endpoint. */
export class ListQueryDto extends PageQueryDto {
  /** A sortable field, `-` in front for descending (e.g. `-createdAt`). */
  @ApiPropertyOptional({ example: '-createdAt' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  sort?: string;

  /** Case-insensitive text search. */
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

export interface Page<T> {
  data: T[];
  total: number;
  limit: number;
  offset: number;
}

/** A named OpenAPI schema `{data, total, limit, offset}` for a list of `item`. */
export function PageDto<T>(item: NestType<T>) {
  class PageOf {
    @ApiProperty({ type: [item] })
    data: T[];
    @ApiProperty()
    total: number;
    @ApiProperty()
    limit: number;
    @ApiProperty()
    offset: number;
  }
  Object.defineProperty(PageOf, 'name', { value: `${item.name.replace(/Dto$/, '')}Page` });
  return PageOf;
}

export interface SortOrder {
  column: string;
  direction: 'ASC' | 'DESC';
}

/**
 * Maps `sort` onto a column from `allowed` (API field → SQL expression); an unknown field is a 400
 * naming `sort`, never a raw column name reaching SQL.
 */
export function parseSort(sort: string | undefined, allowed: Record<string, string>, fallback: string): SortOrder {
  const raw = sort || fallback;
  const descending = raw.startsWith('-');
  const field = descending ? raw.slice(1) : raw;
  const column = allowed[field];
  if (!column) {
    throw validationProblem([{ field: 'sort', message: `must be one of ${Object.keys(allowed).join(', ')} (prefix - for descending)` }]);
  }
  return { column, direction: descending ? 'DESC' : 'ASC' };
}
